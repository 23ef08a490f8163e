"""The shift leads' use cases: the review queue, an inspection's evidence, approve or regrade, the packet."""

from station.review.decisions import ReviewDone, approve, regrade
from station.review.evidence import EvidenceView, load_evidence
from station.review.packet import evidence_packet
from station.review.queue import QueueFilter, ReviewQueue, find_by_label, review_queue

__all__ = ["EvidenceView", "QueueFilter", "ReviewDone", "ReviewQueue", "approve", "evidence_packet", "find_by_label",
           "load_evidence", "regrade", "review_queue"]
