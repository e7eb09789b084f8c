"""The 8x8 API emulator against 8x8's own text (8x8-server-apis.txt), through real HTTP: the
expectations are read from the reference or typed from it with the line beside them."""

import re
import threading
import xml.etree.ElementTree as ElementTree

import httpx
import pytest

from tests.reference import reference_text
from tests.server_support import ACTION_TOKEN, DATA_TOKEN, TENANT, emulated, until

REFERENCE = "8x8-server-apis.txt"


@pytest.fixture
def emulator():
    with emulated() as (emulator, url):
        emulator.http = httpx.Client(base_url=url, timeout=30)
        yield emulator
        emulator.http.close()


def documented_queue_fields():
    """The tags of 8x8's example <queue> (:89-121)."""
    text = reference_text(REFERENCE)
    block = text[text.index("<queue>"):text.index("</queue>")]
    return re.findall(r"<([a-zA-Z-]+)>", block)[1:]


def documented_ctl_errors():
    """{code: description} from 8x8's table of ctl_error codes (:464-482)."""
    text = reference_text(REFERENCE)
    start = text.index("The various error codes are:")
    block = text[start:text.index("\nExamples", start)]
    return {int(code): words for code, words in re.findall(r"^(\d+) (.+)$", block, re.M)}


DATA = (TENANT, DATA_TOKEN)
ACTION = (TENANT, ACTION_TOKEN)


@pytest.mark.parametrize("auth", [None, (TENANT, "wrong"), ACTION, ("Other", DATA_TOKEN)])
def test_statistics_refuse_anything_but_the_data_token(emulator, auth):
    # :20, the tenant name as user name and the token as password; :130, the Data Request
    # Token; :250, 403 for incorrect authentication.
    answer = emulator.http.get("/api/rtstats/stats/queue/101.json", auth=auth)
    assert answer.status_code == 403
    assert emulator.calls[-1]["auth"] == "wrong"


def test_a_queue_in_xml_by_default_and_in_json(emulator):
    fields = documented_queue_fields()
    assert len(fields) == 31
    xml = emulator.http.get("/api/rtstats/stats/queue/101", auth=DATA)  # :138, XML by default
    assert xml.status_code == 200 and xml.headers["content-type"] == "application/xml"
    root = ElementTree.fromstring(xml.content)
    assert root.tag == "queue" and [child.tag for child in root] == fields
    emulator.queue(101, agents=3, waiting=7, wait=42, queued=9)
    record = emulator.http.get("/api/rtstats/stats/queue/101.json", auth=DATA).json()["queue"]
    assert list(record) == fields
    assert (record["agent-count-waitTransact"], record["queue-size"],
            record["thirty-min-avg-wait-time"], record["thirty-min-queued"],
            record["queue-id"]) == (3, 7, 42, 9, 101)
    assert emulator.http.get("/api/rtstats/stats/queue/999.json", auth=DATA).status_code == 404
    listed = emulator.http.get("/api/rtstats/stats/queues.json", auth=DATA).json()["queue"]
    assert sorted(q["queue-id"] for q in listed) == [101, 102, 201]


def test_the_schedule_api(emulator):
    # :343, 401 for a wrong token
    assert emulator.http.get("/api/provisioning/schedules", auth=(TENANT, "x")).status_code == 401
    # :267, spaces as %20; :293, the schedule by name gives its id
    named = emulator.http.get("/api/provisioning/schedulesbyname/Support%20hours.json", auth=DATA)
    assert named.json()["schedules"]["schedule"][0]["id"] == 122
    listing = ElementTree.fromstring(emulator.http.get("/api/provisioning/schedules",
                                                       auth=DATA).content)
    assert listing.tag == "schedules"  # :273
    assert [c.tag for c in listing.find("schedule")] == ["id", "name", "time-zone", "week-days"]
    assert emulator.http.get("/api/provisioning/schedules/999/status", auth=DATA).status_code == 404


@pytest.mark.parametrize("state, code", [("open", 0), ("closed", -1), ("choice-1", "Choice #1"),
                                         ("choice-6", "Choice #6")])
def test_status_codes(emulator, state, code):
    # :329-336, 0 OPEN, -1 CLOSED, Choice #1..#6 CHOICE
    emulator.set(schedule=state, next_state="open" if state != "open" else "closed",
                 next_change_in=600)
    status = emulator.http.get("/api/provisioning/schedules/122/status.json", auth=DATA).json()
    assert status["schedule-status"]["status"] == code
    xml = emulator.http.get("/api/provisioning/schedules/122/nextstatus", auth=DATA)
    assert ElementTree.fromstring(xml.content).find("status").text == str(code)


def test_utctime_and_offset(emulator):
    emulator.set(schedule="open", next_state="closed", next_change_in=600)
    now = emulator.http.get("/api/provisioning/schedules/122/nextstatus.json",
                            auth=DATA).json()["schedule-status"]
    assert now["status"] == 0 and now["next-status"] == -1
    later_ms = now["next-status-time"] + 1000
    # :303, the status at a given UTC time (milliseconds); :306, an offset in seconds
    later = emulator.http.get("/api/provisioning/schedules/122/status.json",
                              params={"utctime": later_ms}, auth=DATA).json()
    assert later["schedule-status"]["status"] == -1
    offset = emulator.http.get("/api/provisioning/schedules/122/status.json",
                               params={"offset": 601}, auth=DATA).json()
    assert offset["schedule-status"]["status"] == -1


def test_one_request_per_tenant_at_a_time(emulator):
    # :346, "allow only single request per customer at a time", answered 503
    emulator.set(fault="slow", slow_seconds=1, fault_on={"stats"})
    answers = []
    first = threading.Thread(target=lambda: answers.append(emulator.http.get(
        "/api/rtstats/stats/queue/101.json", auth=DATA)))
    first.start()
    until(lambda: emulator.calls)
    second = httpx.get(str(emulator.http.base_url) + "/api/provisioning/schedules", auth=DATA)
    first.join(30)
    assert second.status_code == 503
    assert answers[0].status_code == 200
    assert len(emulator.violations) == 1


def book(emulator, **params):
    base = {"tenant": TENANT, "token": ACTION_TOKEN, "phone": "16505551212",
            "callback_type": "2", "queue_id": "201", "back": "https://www.example.com/done"}
    base.update(params)
    return emulator.http.post("/SC/webcallback.php",
                              data={k: v for k, v in base.items() if v is not None})


def ctl_error(answer):
    found = re.search(r"ctl_error=(\d+)", answer.headers.get("location", "") or answer.text)
    return int(found.group(1)) if found else None


@pytest.mark.parametrize("params, description", [
    ({"token": DATA_TOKEN}, "Invalid authentication token."),
    ({"callback_type": None}, "Missing Callback type."),
    ({"callback_type": "3"}, "Unknown callback type specified."),
    ({"phone": None}, "Phone number not provided."),
    ({"extTransactionData": "[a|%s]" % ("x" * 497)}, "External data maximum length exceeded"),
    ({"ctl_userdata": "[a|%s]" % ("x" * 1797)}, "ctl_userdata exceeded max length"),
    ({"extTransactionId": "x" * 65}, "External transaction ID maximum length exceeded"),
    ({"callback_type": "1", "queue_id": None}, "Missing channel information for callback type"),
    ({"callback_type": "1", "channel_number": "999"}, "Invalid channel number provided."),
    ({"callback_type": "1", "channel_number": "18005550100", "callback_delay": "soon"},
     "Callback delay is not numeric"),
    ({"queue_id": "999"}, "Queue id provided is invalid."),
    ({"queue_id": "101"}, "Queue direction is not 'Outbound'"),
    ({"previewTimeout": "10"}, "Invalid preview timeout value."),
])
def test_ctl_errors(emulator, params, description):
    codes = documented_ctl_errors()
    answer = book(emulator, **params)
    # :462, the error code in the query string sent along with the back URL
    assert answer.status_code == 302
    assert answer.headers["location"].startswith("https://www.example.com/done?ctl_error=")
    assert codes[ctl_error(answer)].startswith(description)


def test_disabled_queue_and_service_unavailable(emulator):
    codes = documented_ctl_errors()
    emulator.set(queue_enabled=False)
    assert codes[ctl_error(book(emulator))] == "Queue is disabled."
    emulator.set(queue_enabled=True, service_unavailable=True)
    assert codes[ctl_error(book(emulator))] == "Service unavailable."


def test_a_booking_and_its_back_url(emulator):
    answer = book(emulator, extTransactionId="transac_0", extTransactionData="[Name|Jo]")
    # :413, back "to launch a page after the request has been processed"
    assert (answer.status_code, answer.headers["location"]) == (302,
                                                                 "https://www.example.com/done")
    assert emulator.state()["callbacks"]["transac_0"][0]["phone"] == "16505551212"
    assert emulator.violations == []
    assert DATA_TOKEN not in str(emulator.calls) and ACTION_TOKEN not in str(emulator.calls)


def test_rule_breaking_requests_are_violations(emulator):
    book(emulator, phone="+1 650 555 1212", extTransactionData="Name=Jo", expiration="-5",
         colour="blue")
    assert len(emulator.violations) == 4


def test_delete(emulator):
    book(emulator, extTransactionId="transac_0")
    path = "/api/interactions/webcallback/externaltransaction/transac_0.json"
    assert emulator.http.delete(path, auth=DATA).status_code == 401  # :618, the action token
    answer = emulator.http.delete(path, auth=ACTION)
    # :536-548, 200 and one interaction as an object
    assert answer.status_code == 200
    data = answer.json()["data"]
    assert data["extTransactionId"] == "transac_0"
    assert data["interactions"]["deleteStatus"] == "ok"
    assert data["interactions"]["phone"] == 16505551212
    # :594-601, 404 and its message
    gone = emulator.http.delete(path, auth=ACTION)
    assert (gone.status_code, gone.json()) == (404, {"error": {"message":
                                                               "transaction not found"}})


def test_delete_when_an_agent_has_one(emulator):
    book(emulator, extTransactionId="transac_0")
    book(emulator, extTransactionId="transac_0", phone="16505551213")
    emulator.take("transac_0")
    path = "/api/interactions/webcallback/externaltransaction/transac_0.json"
    answer = emulator.http.delete(path, auth=ACTION)
    # :549, nok and statuserror; :566, an array for several; :590, 207 unless all are deleted
    assert answer.status_code == 207
    results = answer.json()["data"]["interactions"]
    assert [(r["deleteStatus"], r.get("reason")) for r in results] == [("nok", "statuserror")] * 2
    xml = emulator.http.delete(path[:-5], auth=ACTION)  # :529, XML by default
    assert xml.status_code == 207 and ElementTree.fromstring(xml.content).tag == "data"


def test_delete_internal_error(emulator):
    emulator.set(fault="error", fault_on={"delete"})
    answer = emulator.http.delete("/api/interactions/webcallback/externaltransaction/x.json",
                                  auth=ACTION)
    # :602-609, 500 and its message
    assert (answer.status_code, answer.json()) == (500, {"error": {"message": "internal error"}})


def test_switches_over_http(emulator):
    answer = emulator.http.post("/_emulator/state", json={"schedule": "choice-2", "agents": 0,
                                                          "waiting": 5})
    assert answer.status_code == 200
    state = answer.json()
    assert state["schedules"][0]["state"] == "choice-2"
    assert state["queues"]["101"]["agents"] == 0 and state["queues"]["101"]["waiting"] == 5
    assert emulator.http.post("/_emulator/state", json={"schedule": "lunch"}).status_code == 400
    assert emulator.http.post("/_emulator/state", json={"colour": 1}).status_code == 400
    calls = emulator.http.get("/_emulator/calls").json()
    assert calls == {"calls": [], "violations": []}
