"""The printed shift handover: readable text, every script, and no crash on bad input."""

from __future__ import annotations

import copy
import io
from typing import Any

import pytest
from pypdf import PdfReader

from tests.helpers.shared_data import naughty_strings
from vipdesk.documents.handover_data import HandoverData
from vipdesk.documents.handover_pdf import WORDS_LIMIT, render_handover_pdf


def render(data: dict[str, Any], *, invariant: bool = True) -> bytes:
    """The PDF of a handover as ``Shift.handover`` stores it (JSON, here already decoded)."""
    return render_handover_pdf(HandoverData.read(data), invariant=invariant)


def sample() -> dict[str, Any]:
    """A handover as ``shifts.end_shift`` writes it: a morning at the Nordic Lounge."""
    return {
        "version": 1, "lounge": "Nordic Lounge", "airport": "CPH",
        "timezone": "Europe/Copenhagen", "shift_id": 3, "staff": "Dina Desk",
        "started_at": "2026-11-23T06:00:00+00:00", "ended_at": "2026-11-23T14:00:00+00:00",
        "guests_in_lounge": [
            {"visit_id": 1, "guest_id": 1, "guest_name": "Ms Chen Li", "status": "seated",
             "space": "VIP Room 1", "party_size": 3, "arrived_at": "2026-11-23T12:10:00+00:00",
             "seated_at": "2026-11-23T12:15:00+00:00", "flight": "SK995",
             "boards_at": "2026-11-23T14:40:00+00:00", "attendant": "Ali Attendant"},
            {"visit_id": 2, "guest_id": 2, "guest_name": "Mr Søren Ærø-Østergaard",
             "status": "seated", "space": "Lobby", "party_size": 1,
             "arrived_at": "2026-11-23T13:02:00+00:00", "seated_at": None, "flight": "",
             "boards_at": None, "attendant": ""},
            {"visit_id": 3, "guest_id": 3, "guest_name": "陈丽", "status": "waiting", "space": "",
             "party_size": 2, "arrived_at": "2026-11-23T13:40:00+00:00", "seated_at": None,
             "flight": "CA878", "boards_at": None, "attendant": ""},
        ],
        "open_waits": [
            {"wait_id": 1, "visit_id": 3, "guest_name": "陈丽", "reason": "room_preparing",
             "wanted_kind": "vip_room", "started_at": "2026-11-23T13:40:00+00:00",
             "minutes_waiting": 20}],
        "open_items": [
            {"complaint_id": 12, "kind": "complaint", "category": "food_and_beverage",
             "severity": "high", "status": "in_progress", "department": "food_and_beverage",
             "guest_name": "Mr Søren Ærø-Østergaard",
             "guest_words": "The coffee was cold <b>twice</b> & nobody came back.",
             "guest_expects": "A fresh pot", "owner": "Mads Manager", "escalated": True,
             "created_at": "2026-11-23T12:00:00+00:00",
             "promise": {"due_at": "2026-11-23T13:30:00+00:00", "owner": "Mads Manager",
                         "how": "Call at gate B7", "overdue": True},
             "open_work_orders": 1},
            {"complaint_id": 13, "kind": "request", "category": "other", "severity": "medium",
             "status": "new", "department": "airline_liaison", "guest_name": "陈丽",
             "guest_words": "需要轮椅到登机口", "guest_expects": "", "owner": "",
             "escalated": False, "created_at": "2026-11-22T21:00:00+00:00",
             "promise": {"due_at": "2026-11-23T15:00:00+00:00", "owner": "Dina Desk",
                         "how": "At the desk", "overdue": False},
             "open_work_orders": 1},
        ],
        "pending_work_orders": [
            {"work_order_id": 5, "complaint_id": 12, "department": "food_and_beverage",
             "description": "Brew a fresh pot for table 4",
             "created_at": "2026-11-23T12:01:00+00:00", "guest_name": "Mr Søren Ærø-Østergaard"}],
        "diary": [
            {"at": "2026-11-23T07:00:00+00:00", "staff": "Dina Desk",
             "text": "Coffee machine 2 leaking; F&B informed."}],
    }


def text_of(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_the_handover_reads_back_with_cjk_and_danish_names() -> None:
    pdf = render(sample())
    assert pdf.startswith(b"%PDF")
    content = text_of(pdf)
    for expected in ("Shift handover", "Nordic Lounge", "Dina Desk", "07:00 to 15:00",
                     "Mr Søren Ærø-Østergaard", "陈丽", "需要轮椅到登机口", "OVERDUE promise",
                     "by 14:30", "ESCALATED", "Brew a fresh pot for table 4", "VIP room",
                     "20 min", "Coffee machine 2 leaking; F&B informed.",
                     "Read and acknowledged by"):
        assert expected in content, expected


def test_markup_in_what_people_typed_prints_literally() -> None:
    content = text_of(render(sample()))
    assert "The coffee was cold <b>twice</b> & nobody came back." in content


def test_times_are_local_and_other_days_are_dated() -> None:
    content = text_of(render(sample()))
    assert "logged 13:00" in content  # 12:00 UTC is 13:00 in Copenhagen
    assert "22 Nov 22:00" in content  # the evening before the shift


def test_invariant_output_is_reproducible() -> None:
    assert render(sample()) == render(sample())


def test_an_empty_handover_says_so() -> None:
    data = sample()
    for key in ("guests_in_lounge", "open_waits", "open_items", "pending_work_orders", "diary"):
        data[key] = []
    content = text_of(render(data))
    for expected in ("Nothing open", "No work orders pending", "Nobody is waiting",
                     "The lounge is empty", "No diary entries"):
        assert expected in content


def test_very_long_words_are_cut_but_a_long_diary_is_printed_in_full() -> None:
    data = sample()
    data["open_items"][0]["guest_words"] = "Kaffen var kold. " * 1_200  # 20,400 characters
    data["diary"][0]["text"] = "Runway 22L closed for snow clearing. " * 300 + "END-OF-DIARY"
    pdf = render(data)
    content = text_of(pdf)
    assert "full text in VIP Desk, item #12" in content
    assert content.count("Kaffen var kold.") <= WORDS_LIMIT // 16 + 1
    assert "END-OF-DIARY" in content.replace("\n", "")
    assert len(PdfReader(io.BytesIO(pdf)).pages) > 1


def test_a_damaged_snapshot_still_prints() -> None:
    assert render({}, invariant=False).startswith(b"%PDF")
    data: dict[str, Any] = sample()
    data["timezone"] = "Mars/Olympus"
    data["ended_at"] = "yesterday-ish"
    data["guests_in_lounge"] = [{"guest_name": None, "party_size": "many"}, "not a row"]
    data["open_items"][0]["promise"] = "soon"
    assert render(data, invariant=False).startswith(b"%PDF")


@pytest.mark.slow  # about 10 s: 515 items, guests and diary lines over 100 pages
def test_every_naughty_string_prints_without_breaking_the_pdf() -> None:
    naughty = naughty_strings()
    base = sample()
    data = copy.deepcopy(base)
    data["open_items"] = []
    data["guests_in_lounge"] = []
    data["diary"] = []
    for n, value in enumerate(naughty):
        item = copy.deepcopy(base["open_items"][n % 2])
        item.update(complaint_id=n, guest_name=value, guest_words=value, guest_expects=value)
        item["promise"] = {"due_at": "2026-11-23T13:30:00+00:00", "owner": value, "how": value,
                           "overdue": bool(n % 2)}
        data["open_items"].append(item)
        row = copy.deepcopy(base["guests_in_lounge"][0])
        row.update(guest_name=value, space=value, attendant=value, flight=value[:8])
        data["guests_in_lounge"].append(row)
        data["diary"].append({"at": "2026-11-23T07:00:00+00:00", "staff": value, "text": value})
    data["lounge"] = naughty[-1]
    pdf = render(data)
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) > 10
    content = "\n".join(page.extract_text() for page in reader.pages)
    for plain in ("<script>alert(123)</script>", "田中さんにあげて下さい", "Ω≈ç√∫˜µ≤≥÷"):
        assert plain in naughty and plain in content, plain
