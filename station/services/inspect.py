"""The inspector's use cases: start, answer, photograph, grade, complete; drafts saved on every step."""

from __future__ import annotations

import copy
import uuid
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import select
from sqlalchemy.orm.attributes import flag_modified

from db import evidence_models, models, policy_models
from station.checklist.flow import (
    AnswerInvalid,
    PhotoNeed,
    normalise_answer,
    photos_needed,
    unanswered,
    visible_answers,
    visible_questions,
)
from station.checklist.model import Template
from station.checklist.versions import require_checklist
from station.checklist.views import ChecklistCursor, QuestionView, question_view
from station.context import StationContext
from station.evidence.checks import REUSED_PHOTO_FLAG, CheckRequest, PhotoChecks, check_bytes, check_frame
from station.evidence.quality import problem_text
from station.evidence.similarity import CLEARLY_LOW
from station.evidence.store import PhotoUnreadable, StoredPhoto
from station.evidence.working_image import PhotoNotCheckable
from station.facts import add_fact
from station.grading.rules import GradeResult
from station.ids import new_id, utc_now
from station.policy.assess import Assessment, assess, station_policy
from station.policy.refund import Recommendation
from station.services.evidence import find_reused
from station.services.identify import Flag, ProductView, RmaLineView, _line_view, product_view
from station.sync.install import ready_to_inspect
from station.text import StationError, Text, _

Step = Literal["checklist", "photos", "grade"]


class InspectionError(StationError):
    """A step of the inspection cannot be done as asked; the draft is unchanged."""


@dataclass(frozen=True)
class StartRequest:
    label_text: str
    label_kind: str
    sku: str
    rma_number: str | None = None
    line_no: int | None = None
    serial: str | None = None
    unexpected: bool = False
    flags: tuple[Flag, ...] = ()


@dataclass(frozen=True)
class PhotoView:
    id: str
    sha256: str
    question_id: str | None
    thumbnail: Path
    review: Path
    original: Path
    # The evidence checks taken at capture (quality gate, perceptual hash, wrong-item hint); None for old drafts.
    checks: PhotoChecks | None = None
    # What the checklist asked this photo for ("Damage close-up"); None for an extra photo nobody asked for.
    prompt: Text | None = None


@dataclass(frozen=True)
class DraftView(ChecklistCursor):
    id: uuid.UUID
    step: Step
    position: int
    category: str
    template_title: str
    questions: list[QuestionView]
    photos: list[PhotoView]
    photos_missing: list[PhotoNeed]
    unanswered: list[str]
    grade: GradeResult | None
    line: RmaLineView | None
    product: ProductView
    label_text: str
    serial: str | None
    flags: list[Flag]
    unexpected: bool
    started_at: datetime
    # The return policy's refund recommendation once the grade is known (None before, or without a policy).
    recommendation: Recommendation | None = None

    @property
    def ready_to_complete(self) -> bool:
        return not self.unanswered and not self.photos_missing and self.grade is not None


@dataclass(frozen=True)
class Override:
    grade: str | None
    disposition: str | None
    reason: str


@dataclass(frozen=True)
class ShiftStats:
    items: int
    median_seconds: float | None


@dataclass(frozen=True)
class InspectionCompleted:
    id: uuid.UUID
    grade: str
    disposition: str
    reasons: list[Text]
    flags: list[Flag]
    overridden: bool
    shift: ShiftStats
    recommendation: Recommendation | None = None


@dataclass
class _State:
    """The draft's saved JSON, as a typed object while a service works on it."""

    label_text: str
    label_kind: str
    sku: str
    category: str
    template_version: int
    rma_number: str | None = None
    line_no: int | None = None
    serial: str | None = None
    unexpected: bool = False
    flags: list[dict[str, Any]] = field(default_factory=list)
    answers: dict[str, Any] = field(default_factory=dict)
    answered_at: dict[str, str] = field(default_factory=dict)
    # Optional questions the inspector passed over with a blank answer: done, but not answers.
    skipped: list[str] = field(default_factory=list)
    photos: list[dict[str, Any]] = field(default_factory=list)
    step: str = "checklist"
    position: int = 0

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> _State:
        # A deep copy: changing the ORM's own JSON value in place would hide the change from the session.
        known = {k: copy.deepcopy(v) for k, v in data.items() if k in cls.__dataclass_fields__}
        return cls(**known)

    def to_json(self) -> dict[str, Any]:
        return copy.deepcopy(self.__dict__)


def _template(ctx: StationContext, state: _State) -> Template:
    """The checklist the draft started with (station.checklist.versions has the one rule)."""
    return require_checklist(ctx.templates, state.category, state.template_version)


def _flags(state: _State) -> list[Flag]:
    return [Flag(f["kind"], Text.from_json(f["reason"])) for f in state.flags]



def _photo_view(ctx: StationContext, photo: dict[str, Any]) -> PhotoView:
    # The strip shows only copies that match the verified original (or the original's path, when it is not).
    sha = photo["sha256"]
    original = ctx.evidence.original_path(sha)
    copies = ctx.evidence.checked_copies(sha)
    return PhotoView(photo["id"], sha, photo.get("question_id"), copies.thumbnail if copies else original,
                     copies.review if copies else original, original,
                     PhotoChecks.from_json(photo["checks"]) if photo.get("checks") else None)

def _named(template: Template, answers: dict[str, Any], photos: list[PhotoView]) -> list[PhotoView]:
    # Each photo is called by the need it was taken for, in order: the first damage photo fills the first
    # damage need, the next one the next.
    needs: dict[str | None, list[Text]] = {}
    for need in photos_needed(template, answers):
        needs.setdefault(need.question_id, []).append(need.prompt)
    named = []
    for photo in photos:
        prompts = needs.get(photo.question_id) or []
        named.append(replace(photo, prompt=prompts.pop(0)) if prompts else photo)
    return named


def _view(ctx: StationContext, draft: models.Draft, state: _State) -> DraftView:
    template = _template(ctx, state)
    answers = visible_answers(template, state.answers)
    questions = [question_view(template, q, answers) for q in visible_questions(template, answers)]
    missing_answers = [q.id for q in unanswered(template, answers)]
    missing_photos = _photos_missing(template, answers, state.photos)
    grade = ctx.rules.grade(template, answers) if not missing_answers else None
    with ctx.read() as session:
        product_row = session.get(models.Product, state.sku)
        line_row = None
        if state.rma_number is not None and state.line_no is not None:
            line_row = session.scalar(select(models.RmaLine).where(
                models.RmaLine.rma_number == state.rma_number, models.RmaLine.line_no == state.line_no))
        line = _line_view(ctx, session, line_row) if line_row is not None else None
        if product_row is None:
            raise InspectionError(_("Product {sku} is no longer in the catalog. Call a lead.", sku=state.sku))
        product = product_view(ctx, product_row)
    flags = _flags(state) + _photo_flags(state) + ([] if grade is None else [Flag(f.kind, f.reason)
                                                                             for f in grade.flags])
    assessment = None if grade is None else _assess(ctx, draft, state, grade.grade, answers)
    if assessment is not None:
        flags = _unique_kinds(flags + [Flag(f.kind, f.reason) for f in assessment.flags])
    photos = _named(template, answers, [_photo_view(ctx, p) for p in state.photos])
    step: Step = state.step if state.step in ("checklist", "photos", "grade") else "checklist"  # type: ignore[assignment]
    return DraftView(draft.id, step, min(state.position, max(0, len(questions) - 1)), state.category,
                     template.title, questions, photos, missing_photos, missing_answers, grade, line, product,
                     state.label_text, state.serial, flags, state.unexpected, draft.started_at,
                     assessment.recommendation if assessment is not None else None)


def _assess(ctx: StationContext, draft: models.Draft, state: _State, grade: str, answers: dict[str, Any],
            session: Any = None) -> Assessment | None:
    if session is None:
        with ctx.read() as reading:
            return _assess(ctx, draft, state, grade, answers, reading)
    # The parcel was received when its label was scanned: the draft's start is the return's arrival.
    return assess(session, station_policy(ctx), category=state.category, sku=state.sku, rma_number=state.rma_number,
                  line_no=state.line_no, serial=state.serial, grade=grade, answers=answers,
                  received_at=draft.started_at)


def _unique_kinds(flags: list[Flag]) -> list[Flag]:
    """One flag of each kind: the checklist and the policy may both notice a swapped serial."""
    unique: dict[str, Flag] = {}
    for flag in flags:
        unique.setdefault(flag.kind, flag)
    return list(unique.values())


def _photos_missing(template: Template, answers: dict[str, Any], photos: list[dict[str, Any]]) -> list[PhotoNeed]:
    taken: dict[str | None, int] = {}
    for photo in photos:
        taken[photo.get("question_id")] = taken.get(photo.get("question_id"), 0) + 1
    missing = []
    for need in photos_needed(template, answers):
        if taken.get(need.question_id, 0) > 0:
            taken[need.question_id] -= 1
        else:
            missing.append(need)
    return missing


def _next_step(ctx: StationContext, state: _State) -> None:
    """After an answer: the next unanswered question, else the photos still needed, else the grade."""
    template = _template(ctx, state)
    answers = visible_answers(template, state.answers)
    visible = visible_questions(template, answers)
    for index, question in enumerate(visible):
        if index >= state.position and question.id not in answers and question.id not in state.skipped:
            state.step, state.position = "checklist", index
            return
    missing = unanswered(template, answers)
    if missing:
        state.step, state.position = "checklist", [q.id for q in visible].index(missing[0].id)
        return
    state.step = "photos" if _photos_missing(template, answers, state.photos) else "grade"


def _load(ctx: StationContext, session: Any, draft_id: uuid.UUID) -> tuple[models.Draft, _State]:
    draft = session.get(models.Draft, draft_id)
    if draft is None:
        raise InspectionError(_("This inspection is no longer open (it was completed or removed). Scan the next "
                                "label."))
    return draft, _State.from_json(draft.state)


def _save(draft: models.Draft, state: _State) -> None:
    draft.state = state.to_json()
    # JSON columns are compared by value; say outright that the draft changed, so every step is written.
    flag_modified(draft, "state")
    draft.updated_at = utc_now()


def start_inspection(ctx: StationContext, inspector_id: uuid.UUID, request: StartRequest) -> DraftView:
    with ctx.transaction() as session:
        ready_to_inspect(session, ctx.station_id, bool(ctx.settings.central_url))
        product = session.get(models.Product, request.sku)
        if product is None:
            raise InspectionError(_("Product {sku} is not in the catalog. Search by name or GTIN, or call a lead.",
                                    sku=request.sku))
        template = require_checklist(ctx.templates, product.category)
        state = _State(label_text=request.label_text, label_kind=request.label_kind, sku=product.sku,
                       category=product.category, template_version=template.version,
                       rma_number=request.rma_number, line_no=request.line_no, serial=request.serial,
                       unexpected=request.unexpected, flags=[f.to_json() for f in request.flags])
        now = utc_now()
        draft = models.Draft(id=new_id(), station_id=ctx.station_id, inspector_id=inspector_id,
                             state=state.to_json(), started_at=now, updated_at=now)
        session.add(draft)
    return _view(ctx, draft, state)


def load_draft(ctx: StationContext, draft_id: uuid.UUID) -> DraftView:
    with ctx.read() as session:
        draft, state = _load(ctx, session, draft_id)
    return _view(ctx, draft, state)


def open_draft_for(ctx: StationContext, inspector_id: uuid.UUID) -> DraftView | None:
    """The inspection this inspector left open at this station (after a crash, a kill or a sign-out)."""
    with ctx.read() as session:
        draft = session.scalar(select(models.Draft).where(
            models.Draft.station_id == ctx.station_id, models.Draft.inspector_id == inspector_id)
            .order_by(models.Draft.updated_at.desc()).limit(1))
    if draft is None:
        return None
    return _view(ctx, draft, _State.from_json(draft.state))


def open_drafts(ctx: StationContext, inspector_id: uuid.UUID) -> list[DraftView]:
    with ctx.read() as session:
        drafts = session.scalars(select(models.Draft).where(
            models.Draft.station_id == ctx.station_id, models.Draft.inspector_id == inspector_id)
            .order_by(models.Draft.updated_at.desc())).all()
    return [_view(ctx, draft, _State.from_json(draft.state)) for draft in drafts]


def find_draft(ctx: StationContext, inspector_id: uuid.UUID, lines: list[tuple[str, int]]) -> DraftView | None:
    """The open draft for one of these RMA lines, so scanning a label again resumes it instead of starting anew."""
    wanted = set(lines)
    with ctx.read() as session:
        drafts = session.scalars(select(models.Draft).where(
            models.Draft.station_id == ctx.station_id, models.Draft.inspector_id == inspector_id)
            .order_by(models.Draft.updated_at.desc())).all()
    for draft in drafts:
        state = _State.from_json(draft.state)
        if (state.rma_number, state.line_no) in wanted:
            return _view(ctx, draft, state)
    return None


def answer(ctx: StationContext, draft_id: uuid.UUID, question_id: str, raw: Any) -> DraftView:
    with ctx.transaction() as session:
        draft, state = _load(ctx, session, draft_id)
        template = _template(ctx, state)
        question = next((q for q in visible_questions(template, visible_answers(template, state.answers))
                         if q.id == question_id), None)
        if question is None:
            raise InspectionError(_("That question is not part of this checklist now. Answer the one shown."))
        value = normalise_answer(question, raw)
        if question.required and question.kind == "multi" and not value:
            # An empty tick list says nothing: "damage present" must say which damage.
            raise AnswerInvalid(_("Question {number} needs at least one answer: press the number of each that "
                                  "applies, then Enter.", number=template.number_of(question_id)))
        if value is None:
            if question.required:
                raise AnswerInvalid(_("Question {number} needs an answer: choose or type one, then Enter.",
                                      number=template.number_of(question_id)))
            state.answers.pop(question_id, None)
            if question_id not in state.skipped:
                state.skipped.append(question_id)
        else:
            state.answers[question_id] = value
            state.skipped = [q for q in state.skipped if q != question_id]
        state.answered_at[question_id] = utc_now().isoformat()
        visible_ids = [q.id for q in visible_questions(template, visible_answers(template, state.answers))]
        state.position = visible_ids.index(question_id) + 1
        _next_step(ctx, state)
        _save(draft, state)
    return _view(ctx, draft, state)


def go_to(ctx: StationContext, draft_id: uuid.UUID, step: Step, position: int = 0) -> DraftView:
    """Moves within the draft (Back, or a tap on a question); saved so a restart returns there."""
    with ctx.transaction() as session:
        draft, state = _load(ctx, session, draft_id)
        template = _template(ctx, state)
        answers = visible_answers(template, state.answers)
        if step == "grade" and unanswered(template, answers):
            _next_step(ctx, state)
        else:
            state.step = step
            state.position = max(0, min(position, len(visible_questions(template, answers)) - 1))
        _save(draft, state)
    return _view(ctx, draft, state)


def attach_photo(ctx: StationContext, draft_id: uuid.UUID, *, question_id: str | None,
                 frame: Any = None, data: bytes | None = None, path: Path | None = None) -> DraftView:
    # The photo is checked first (a cut-short file is refused before it is stored), then stored before the draft
    # names it: a crash in between leaves an unused file, never a lost photo.
    request = _check_request(ctx, draft_id, question_id, camera=ctx.settings.camera if frame is not None else "file")
    try:
        if frame is not None:
            checks = check_frame(frame, request)
            stored: StoredPhoto = ctx.evidence.store_frame(frame)
        elif data is not None:
            checks = check_bytes(data, request)
            stored = ctx.evidence.store_bytes(data)
        elif path is not None:
            data = _read_photo_file(path)
            checks = check_bytes(data, request, path.name)
            stored = ctx.evidence.store_bytes(data)
        else:
            raise InspectionError(_("No photo was given. Take the photo again."))
    except PhotoNotCheckable as exc:
        raise PhotoUnreadable(exc.text) from exc
    with ctx.transaction() as session:
        draft, state = _load(ctx, session, draft_id)
        (reused,) = find_reused(session, [checks.phash], draft.id)
        if reused:
            checks = PhotoChecks.from_json({**checks.to_json(), "reused": reused})
        state.photos.append({"id": str(new_id()), "sha256": stored.sha256, "question_id": question_id,
                             "width": stored.width, "height": stored.height, "size_bytes": stored.size_bytes,
                             "taken_at": utc_now().isoformat(), "checks": checks.to_json()})
        # A photo that failed the gate keeps the inspector on the photos, where Retake and Keep are offered.
        if state.step == "photos" and not checks.needs_decision:
            _next_step(ctx, state)
        _save(draft, state)
    return _view(ctx, draft, state)


def _read_photo_file(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise PhotoUnreadable(_("Photo file {name} cannot be opened ({problem}). Choose another file.",
                                name=path.name, problem=exc.strerror or str(exc))) from exc


def _check_request(ctx: StationContext, draft_id: uuid.UUID, question_id: str | None, camera: str) -> CheckRequest:
    """What to check: a photo not tied to a question shows the whole item, so its framing is checked and it is
    compared with the catalog picture; close-ups and labels would never match that picture."""
    whole_item = question_id is None
    catalog, sku = None, None
    if whole_item:
        with ctx.read() as session:
            _draft, state = _load(ctx, session, draft_id)
            product = session.get(models.Product, state.sku)
            if product is not None:
                catalog, sku = product_view(ctx, product).image, product.sku
    return CheckRequest(limits=ctx.settings.thresholds_for(camera), whole_item=whole_item, camera=camera,
                        catalog_image=catalog, catalog_sku=sku)


def keep_photo(ctx: StationContext, draft_id: uuid.UUID, photo_id: str, reason: str) -> DraftView:
    """Keeps a photo that failed the quality gate, with the inspector's reason; the inspection goes to a lead."""
    if len(reason.strip()) < 3:
        raise InspectionError(_("Say why you keep this photo (a few words), or take it again."))
    with ctx.transaction() as session:
        draft, state = _load(ctx, session, draft_id)
        photo = next((p for p in state.photos if p["id"] == photo_id), None)
        if photo is None:
            raise InspectionError(_("That photo is no longer part of this inspection."))
        if photo.get("checks"):
            photo["checks"]["kept_reason"] = reason.strip()
        _save(draft, state)
    return _view(ctx, draft, state)


def _photo_flags(state: _State, completing: bool = False) -> list[Flag]:
    """Flags that follow from the photos' checks; a retaken photo takes its flags with it."""
    flags: list[Flag] = []
    numbered = [(n, PhotoChecks.from_json(p["checks"])) for n, p in enumerate(state.photos, 1) if p.get("checks")]
    reused = [(n, r) for n, c in numbered for r in c.reused]
    if reused:
        n, other = reused[0]
        flags.append(Flag(REUSED_PHOTO_FLAG, _(
            "Photo {n} is the same picture as a photo of inspection {other}: a recycled photo proves nothing.",
            n=n, other=str(other["inspection_id"]))))
    scores = [c.similarity for _n, c in numbered if c.whole_item and c.similarity is not None]
    if scores and max(scores) < CLEARLY_LOW:
        flags.append(Flag("wrong_item_hint", _(
            "The item photo matches the catalog picture only {score} %: this may not be the product on the RMA.",
            score=round(100 * max(scores)))))
    kept = [(n, c) for n, c in numbered if not c.ok and c.kept_reason]
    if kept:
        n, checks = kept[0]
        flags.append(Flag("photo_kept", _("Photo {n} was kept although: {problem} Reason: {reason}", n=n,
                                          problem=problem_text(checks.problems[0]), reason=checks.kept_reason)))
    open_failures = [(n, c) for n, c in numbered if c.needs_decision]
    if completing and open_failures:
        n, checks = open_failures[0]
        flags.append(Flag("photo_quality", _("Photo {n} failed the quality check and was not taken again: {problem}",
                                             n=n, problem=problem_text(checks.problems[0]))))
    return flags


def _check_facts(ctx: StationContext, session: Any, inspection_id: uuid.UUID, state: _State) -> None:
    for photo in state.photos:
        if not photo.get("checks"):
            continue
        checks = PhotoChecks.from_json(photo["checks"])
        row = evidence_models.PhotoCheck(
            id=new_id(), photo_id=uuid.UUID(photo["id"]), inspection_id=inspection_id, station_id=ctx.station_id,
            photo_sha256=photo["sha256"], phash=checks.phash, ok=checks.ok, problems=list(checks.problems),
            measures=dict(checks.measures), whole_item=checks.whole_item, camera=checks.camera,
            similarity=checks.similarity, catalog_sku=checks.catalog_sku, reused=list(checks.reused),
            kept_reason=checks.kept_reason, checked_at=datetime.fromisoformat(photo["taken_at"]),
            limits=checks.limits)
        add_fact(session, row)


def _refresh_reuse(session: Any, draft_id: uuid.UUID, state: _State) -> None:
    """Searches again at completion: another station's photo may have arrived by sync since this one was taken."""
    checked = [p["checks"] for p in state.photos if p.get("checks") and p["checks"].get("phash")]
    for checks, found in zip(checked, find_reused(session, [c["phash"] for c in checked], draft_id), strict=True):
        known = {str(r["inspection_id"]) for r in checks.get("reused") or ()}
        checks["reused"] = list(checks.get("reused") or ()) + [r for r in found if r["inspection_id"] not in known]


def remove_photo(ctx: StationContext, draft_id: uuid.UUID, photo_id: str) -> DraftView:
    with ctx.transaction() as session:
        draft, state = _load(ctx, session, draft_id)
        state.photos = [p for p in state.photos if p["id"] != photo_id]
        _save(draft, state)
    return _view(ctx, draft, state)


def add_flag(ctx: StationContext, draft_id: uuid.UUID, flag: Flag) -> DraftView:
    with ctx.transaction() as session:
        draft, state = _load(ctx, session, draft_id)
        if all(f["kind"] != flag.kind for f in state.flags):
            state.flags.append(flag.to_json())
        _save(draft, state)
    return _view(ctx, draft, state)


def _check_override(ctx: StationContext, override: Override, grade: GradeResult) -> bool:
    changes = (override.grade not in (None, grade.grade)) or (override.disposition not in (None, grade.disposition))
    if not changes:
        return False
    if len(override.reason.strip()) < 3:
        raise InspectionError(_("Say why you change the grade or disposition (a few words), then complete."))
    if override.grade is not None and override.grade not in ctx.rules.grades:
        raise InspectionError(_("Grade {grade} is not on this warehouse's scale.", grade=override.grade))
    if override.disposition is not None and override.disposition not in ctx.rules.dispositions:
        raise InspectionError(_("Disposition {disposition} is not known here.", disposition=override.disposition))
    return True


def complete_inspection(ctx: StationContext, draft_id: uuid.UUID, override: Override | None = None
                        ) -> InspectionCompleted:
    """Turns the draft into facts (inspection, answers, photos, outbox rows) in one transaction."""
    with ctx.transaction() as session:
        draft, state = _load(ctx, session, draft_id)
        template = _template(ctx, state)
        answers = visible_answers(template, state.answers)
        missing = unanswered(template, answers)
        if missing:
            raise InspectionError(_("Question {number} is not answered yet.",
                                    number=template.number_of(missing[0].id)))
        missing_photos = _photos_missing(template, answers, state.photos)
        if missing_photos:
            raise InspectionError(_("A photo is still needed: {prompt}", prompt=missing_photos[0].prompt))
        _refresh_reuse(session, draft.id, state)
        result = ctx.rules.grade(template, answers)
        overridden = override is not None and _check_override(ctx, override, result)
        flags = _flags(state) + _photo_flags(state, completing=True) + [Flag(f.kind, f.reason) for f in result.flags]
        if overridden:
            flags.append(Flag("override", _("Inspector changed the outcome: {reason}", reason=override.reason.strip())))
        grade = (override.grade or result.grade) if overridden else result.grade
        disposition = (override.disposition or result.disposition) if overridden else result.disposition
        assessment = _assess(ctx, draft, state, grade, answers, session)
        if assessment is not None:
            flags = _unique_kinds(flags + [Flag(f.kind, f.reason) for f in assessment.flags])
        now = utc_now()
        inspection = models.Inspection(
            id=draft.id, station_id=ctx.station_id, inspector_id=draft.inspector_id,
            rma_number=state.rma_number, rma_line_no=state.line_no, sku=state.sku, serial=state.serial,
            label_text=state.label_text, label_kind=state.label_kind, category=state.category,
            template_version=template.version, rules_version=ctx.rules.version,
            proposed_grade=result.grade, proposed_disposition=result.disposition, grade=grade,
            disposition=disposition, reasons=[r.to_json() for r in result.reasons],
            override_reason=override.reason.strip() if overridden and override else None,
            flags=[f.to_json() for f in flags], unexpected=state.unexpected, started_at=draft.started_at,
            completed_at=now)
        add_fact(session, inspection)
        if assessment is not None:
            advice = assessment.recommendation
            recommendation = policy_models.RefundRecommendation(
                id=new_id(), inspection_id=inspection.id, station_id=ctx.station_id, settlement=advice.settlement,
                price=advice.price, fee=advice.fee, amount=advice.amount, rule=advice.rule.to_json(),
                policy_version=advice.policy_version, created_at=now)
            add_fact(session, recommendation)
        for position, question in enumerate(visible_questions(template, answers)):
            if question.id not in answers:
                continue
            row = models.InspectionAnswer(
                id=new_id(), inspection_id=inspection.id, position=position, question_id=question.id,
                question_text=question.text, value=answers[question.id],
                answered_at=datetime.fromisoformat(state.answered_at.get(question.id, now.isoformat())))
            add_fact(session, row)
        for photo in state.photos:
            row = models.Photo(
                id=uuid.UUID(photo["id"]), inspection_id=inspection.id, station_id=ctx.station_id,
                sha256=photo["sha256"], question_id=photo.get("question_id"), width=photo["width"],
                height=photo["height"], size_bytes=photo["size_bytes"],
                taken_at=datetime.fromisoformat(photo["taken_at"]))
            add_fact(session, row)
        _check_facts(ctx, session, inspection.id, state)
        session.delete(draft)
        inspector_id = draft.inspector_id
    return InspectionCompleted(inspection.id, grade, disposition, list(result.reasons), flags, overridden,
                               shift_stats(ctx, inspector_id),
                               assessment.recommendation if assessment is not None else None)


SHIFT_GAP_S = 4 * 3600


SHIFT_PAGE = 100
SHIFT_ROWS_MAX = 2000  # as many items as any shift holds


def shift_stats(ctx: StationContext, inspector_id: uuid.UUID, now: datetime | None = None) -> ShiftStats:
    """Items and median time per item in the current shift: the run of work with no break over four hours."""
    now = now or utc_now()
    durations: list[float] = []
    previous = now
    with ctx.read() as session:
        # Read back a page at a time (ix_inspections_inspector_completed) until the break: the header asks every
        # few seconds, and a shift is a few hundred items out of a year's.
        query = (select(models.Inspection.started_at, models.Inspection.completed_at)
                 .where(models.Inspection.inspector_id == inspector_id, models.Inspection.station_id == ctx.station_id)
                 .order_by(models.Inspection.completed_at.desc()))
        read, ended = 0, False
        while not ended and read < SHIFT_ROWS_MAX:
            rows = session.execute(query.offset(read).limit(SHIFT_PAGE)).all()
            read += len(rows)
            ended = len(rows) < SHIFT_PAGE
            for started, completed in rows:
                if (previous - completed).total_seconds() > SHIFT_GAP_S:
                    ended = True
                    break
                durations.append(max(0.0, (completed - started).total_seconds()))
                previous = started
    if not durations:
        return ShiftStats(0, None)
    durations.sort()
    middle = len(durations) // 2
    median = durations[middle] if len(durations) % 2 else (durations[middle - 1] + durations[middle]) / 2
    return ShiftStats(len(durations), median)
