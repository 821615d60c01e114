"""Whatever a client sends, the API answers with a status below 500 and a JSON body."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from .conftest import PARTICIPANT, make_client

JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=40),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=12,
)
BODIES = st.one_of(
    st.binary(max_size=300),
    JSON.map(lambda v: json.dumps(v).encode()),
    st.fixed_dictionaries(
        {"text": JSON | st.text(max_size=300)},
        optional={"lang": JSON, "ui": JSON, "n": JSON, "texts": st.lists(JSON | st.text(), max_size=5)},
    ).map(lambda v: json.dumps(v).encode()),
    st.fixed_dictionaries(
        {"texts": st.lists(st.text(max_size=60), max_size=5)}, optional={"lang": JSON, "ui": JSON}
    ).map(lambda v: json.dumps(v).encode()),
)
PATHS = st.sampled_from(["/api/classify", "/api/classify_many", "/api/suggest", "/api/statements"])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(path=PATHS, body=BODIES)
def test_no_request_body_makes_the_server_fail(store, path, body):
    client, workshop = make_client(store)
    headers = {"content-type": "application/json", "X-Room-Code": workshop.room_code}
    if path == "/api/statements" and body.startswith(b"{"):
        try:
            data = json.loads(body)
            data["participant"] = PARTICIPANT
            body = json.dumps(data).encode()
        except ValueError:
            pass
    r = client.post(path, content=body, headers=headers)
    assert r.status_code < 500
    assert isinstance(r.json(), dict)
    if r.status_code >= 400:
        assert r.json()["error"]
