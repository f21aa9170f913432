"""The ``bcbp`` command: one JSON line out for every boarding-pass line in."""

from __future__ import annotations

import datetime as dt
import io
import json
from typing import Any

from vipdesk.cli.bcbp_command import run

TODAY = dt.date(2024, 2, 17)
MANDATORY_ONLY = "M1DESMARAIS/LUC       EABC123 YULFRAAC 0834 226F001A0025 100"
TWO_LEGS_V6 = (
    "M2DESMARAIS/LUC       EABC123 YULFRAAC 0834 226F001A0025 14D>6181WW6225BAC 00141234560032A"
    "0141234567890 1AC AC 1234567890123    20KYLX58ZDEF456 FRAGVALH 3664 227C012C0002 12E2A01409"
    "87654321 1AC AC 1234567890123    2PCNWQ^164GIWVC5EH7JNT684FVNJ91W2QA4DVN5J8K4F0L0GEQ3DF5TGB"
    "N8709HKT5D3DW3GBHFCVHMY7J5T6HFR41W2QA4DVN5J8K4F0L0GE"
)
# The leg's size field (0x77) counts the four spaces at the end.
TRAILING_SPACES_V8 = (
    "M1MUNDLER/NIELS       EX4TE6N ZRHHAMLX 1056 049Y030F0117 377>8320 W    BLX              "
    "                          2A72463496679170 LX LH 992221992624215     Y*30600000K09  LHS    "
)
PASS_FIELDS = [
    "ok", "format_code", "number_of_legs", "passenger_name", "surname", "given_names", "title",
    "electronic_ticket_indicator", "version_number", "passenger_description",
    "source_of_checkin", "source_of_issuance", "date_of_issue", "document_type",
    "issuer_designator", "baggage_tags", "security_data_type", "security_data", "warnings",
    "legs",
]
LEG_FIELDS = [
    "pnr", "from", "to", "carrier", "flight_number", "julian_date", "flight_date",
    "compartment", "seat", "sequence", "status", "airline_numeric_code",
    "document_serial_number", "selectee_indicator", "international_doc_verification",
    "marketing_carrier", "frequent_flyer_airline", "frequent_flyer_number",
    "id_ad_indicator", "free_baggage_allowance", "fast_track", "airline_individual_use",
]


def _run(text: str) -> tuple[int, list[dict[str, Any]], str]:
    out = io.StringIO()
    status = run(io.StringIO(text), out, today=TODAY)
    written = out.getvalue()
    return status, [json.loads(line) for line in written.splitlines()], written


def test_every_line_gets_one_json_object_and_the_exit_status_is_zero() -> None:
    lines = [MANDATORY_ONLY, TRAILING_SPACES_V8 + "\r", "garbage <b>&", TWO_LEGS_V6]
    text = "\n".join(lines) + "\n"
    status, results, written = _run(text)
    assert status == 0
    assert written.count("\n") == 4 and all(line for line in written.split("\n")[:-1])
    assert [r["ok"] for r in results] == [True, True, False, True]
    assert results[2] == {
        "ok": False, "error": "This is not a boarding pass: it should start with 'M' (got 'g')."}


def test_fields_are_exactly_the_documented_ones() -> None:
    _, results, _ = _run(TWO_LEGS_V6 + "\n")
    assert list(results[0]) == PASS_FIELDS
    assert all(list(leg) == LEG_FIELDS for leg in results[0]["legs"])


def test_values_are_trimmed_blank_is_null_and_dates_are_iso() -> None:
    _, [result], _ = _run(TWO_LEGS_V6 + "\n")
    assert result["number_of_legs"] == 2
    names = [result[key] for key in ("passenger_name", "surname", "given_names", "title")]
    assert names == ["DESMARAIS/LUC", "DESMARAIS", "LUC", None]
    assert result["date_of_issue"] == "2016-08-12"
    assert result["baggage_tags"] == ["0014123456003"]
    assert result["version_number"] == "6"
    assert result["warnings"] == []
    first, second = result["legs"]
    assert (first["pnr"], first["carrier"], first["flight_number"]) == ("ABC123", "AC", "0834")
    assert (first["julian_date"], first["flight_date"]) == ("226", "2024-08-13")
    assert first["selectee_indicator"] is None and first["frequent_flyer_number"] == "1234567890123"
    assert (second["from"], second["to"], second["fast_track"]) == ("FRA", "GVA", "N")
    assert second["airline_individual_use"] == "WQ"


def test_fields_a_pass_does_not_carry_are_null() -> None:
    _, [result], _ = _run(MANDATORY_ONLY + "\n")
    assert result["version_number"] is None and result["date_of_issue"] is None
    assert result["baggage_tags"] is None and result["security_data"] is None
    assert result["legs"][0]["airline_numeric_code"] is None


def test_trailing_spaces_on_a_line_are_kept_as_data() -> None:
    _, results, _ = _run(TRAILING_SPACES_V8 + "\r\n" + TRAILING_SPACES_V8.rstrip() + "\n")
    kept, lost = results
    assert kept["ok"] and kept["warnings"] == []
    assert kept["legs"][0]["airline_individual_use"] == "*30600000K09  LHS"
    assert lost["ok"] and any("announces 119" in w for w in lost["warnings"])


def test_a_last_line_without_newline_is_read_and_no_empty_line_is_invented() -> None:
    status, results, _ = _run(MANDATORY_ONLY + "\n" + MANDATORY_ONLY)
    assert status == 0 and len(results) == 2
    assert _run("") == (0, [], "")


def test_an_empty_line_in_the_middle_is_reported() -> None:
    _, results, _ = _run(MANDATORY_ONLY + "\n\n" + MANDATORY_ONLY + "\n")
    assert [r["ok"] for r in results] == [True, False, True]
    assert "empty" in results[1]["error"]


def test_output_is_not_ascii_escaped() -> None:
    _, [result], written = _run("陈丽" + MANDATORY_ONLY + "\n")
    assert result["ok"] is False and "陈" in written


def test_glued_passes_and_garbage_do_not_stop_the_run() -> None:
    text = "\n".join([MANDATORY_ONLY + MANDATORY_ONLY, "\x00" * 1000, "x" * 10_000, MANDATORY_ONLY])
    status, results, _ = _run(text)
    assert status == 0 and [r["ok"] for r in results] == [False, False, False, True]
    assert "two boarding passes" in results[0]["error"]
