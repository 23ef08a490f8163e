"""The refurb team's use cases: the queue, recording the work, and the re-grade that ends it."""

from station.refurb.queue import (
    QueueItem,
    RefurbItem,
    RefurbQueuePage,
    find_for_scan,
    queue_categories,
    refurb_item,
    refurb_page,
    refurb_queue,
)
from station.refurb.regrade import RegradeDone, RegradeView, complete_regrade, regrade_answer, regrade_view
from station.refurb.work import MAX_MINUTES, WorkRequest, record_work

__all__ = ["MAX_MINUTES", "QueueItem", "RefurbItem", "RefurbQueuePage", "RegradeDone", "RegradeView", "WorkRequest",
           "complete_regrade", "find_for_scan", "queue_categories", "record_work", "refurb_item", "refurb_page",
           "refurb_queue", "regrade_answer", "regrade_view"]
