"""Charts in Slack over the real protocols: files_upload_v2's three steps against the Web API stand-in."""

from __future__ import annotations

import json

from tests.conftest import assert_valid_blocks, block_action_body, sign, slash_body
from tests.slack.test_events import _event, _post_event

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def _uploaded(slack_api, count: int = 1) -> list[tuple[dict, bytes, dict]]:
    """(getUploadURLExternal args, the bytes uploaded, completeUploadExternal args) per finished upload."""
    done = slack_api.wait_for("files.completeUploadExternal", count, timeout=20)
    asked = slack_api.calls_to("files.getUploadURLExternal")
    out = []
    for complete in done:
        file_id = json.loads(complete.args["files"])[0]["id"]
        url_call = next(c for c in asked if slack_api.files.get(file_id) == c.args)
        out.append((url_call.args, slack_api.uploads[file_id], complete.args))
    return out


def test_a_mention_asking_for_a_chart_uploads_a_png_into_its_thread(http_app, slack_api):
    mention = {
        "type": "app_mention",
        "user": "U0REPORTER",
        "text": "<@U0BOT> chart police",
        "ts": "1717000100.000100",
        "channel": "C0NEWS",
    }
    assert _post_event(http_app, _event(mention, "EvC1")) == 200
    [(asked, data, complete)] = _uploaded(slack_api)
    assert data.startswith(PNG_SIGNATURE) and int(asked["length"]) == len(data)
    assert asked["filename"].endswith(".png")
    assert "43 rows by 8 columns" in asked["alt_txt"] and "not recorded" in asked["alt_txt"]
    assert complete["channel_id"] == "C0NEWS" and complete["thread_ts"] == mention["ts"]
    assert "PEEL 2023–25" in complete["initial_comment"]
    assert slack_api.calls_to("chat.postMessage") == []  # the picture is the answer


def test_a_direct_message_asking_for_a_chart_gets_it_in_the_dm(http_app, slack_api):
    dm = {
        "type": "message",
        "channel_type": "im",
        "user": "U0REPORTER",
        "text": "chart kent",
        "ts": "1717000101.000100",
        "channel": "D0DM",
    }
    assert _post_event(http_app, _event(dm, "EvC2")) == 200
    [(asked, data, complete)] = _uploaded(slack_api)
    assert complete["channel_id"] == "D0DM" and not complete.get("thread_ts")
    assert "Kent Police" in asked["alt_txt"] and data.startswith(PNG_SIGNATURE)


def test_a_chart_that_cannot_be_drawn_is_explained_in_the_thread(http_app, slack_api):
    mention = {
        "type": "app_mention",
        "user": "U0R",
        "text": "<@U0BOT> chart police 2019/20",
        "ts": "1717000102.1",
    }
    assert _post_event(http_app, _event({**mention, "channel": "C0NEWS"}, "EvC3")) == 200
    reply = slack_api.wait_for("chat.postMessage")[0].args
    assert "2019–20" in reply["text"] and reply["thread_ts"] == mention["ts"]
    assert_valid_blocks(reply)
    assert slack_api.calls_to("files.getUploadURLExternal") == []


def test_inspections_chart_is_private_with_the_uploaded_file_in_an_image_block_and_can_be_shared(
    http_app, slack_api
):
    body = slash_body("/inspections", "chart fire", slack_api.response_url("c1"))
    status, text = http_app.post(body, sign(body))
    assert status == 200 and not text.strip()  # acked at once; the picture follows
    [(asked, data, complete)] = _uploaded(slack_api)
    assert not complete.get("channel_id") and not complete.get("channels")  # uploaded, shared nowhere
    reply = slack_api.wait_for("response_url:c1", timeout=20)[0].args
    assert reply["response_type"] == "ephemeral"
    assert_valid_blocks(reply)
    image = next(b for b in reply["blocks"] if b["type"] == "image")
    file_id = json.loads(complete["files"])[0]["id"]
    assert image["slack_file"] == {"id": file_id} and image["alt_text"] == asked["alt_txt"]
    assert "44 rows by 11 columns" in image["alt_text"]

    share = next(b for b in reply["blocks"] if b.get("block_id") == "share_chart")["elements"][0]
    form = block_action_body(slack_api.response_url("share"), {**share, "block_id": "share_chart"})
    assert http_app.post(form, sign(form))[0] == 200
    shared = _uploaded(slack_api, 2)[1][2]
    assert shared["channel_id"] == "C0NEWS" and "Shared by <@U0REPORTER>" in shared["initial_comment"]
    assert slack_api.wait_for("response_url:share")[0].args.get("delete_original") is True


def test_a_refused_private_chart_goes_to_the_askers_dm(http_app, slack_api):
    slack_api.fail("response_url:c2", 400, body={"ok": False, "error": "invalid_blocks"})
    body = slash_body("/inspections", "chart police", slack_api.response_url("c2"))
    assert http_app.post(body, sign(body))[0] == 200
    uploads = _uploaded(slack_api, 2)
    opened = slack_api.wait_for("conversations.open")[0].args
    assert opened["users"] == "U0REPORTER"
    dm_upload = uploads[1][2]
    assert dm_upload["channel_id"].startswith("D") and "PEEL 2023–25" in dm_upload["initial_comment"]
    said = slack_api.wait_for("response_url:c2", 2)[1].args
    assert "direct message" in said["text"]
    assert_valid_blocks(said)


def test_sharing_a_chart_where_the_bot_is_not_a_member_says_how_to_invite_it(http_app, slack_api):
    slack_api.fail("files.completeUploadExternal", 200, body={"ok": False, "error": "not_in_channel"})
    form = block_action_body(
        slack_api.response_url("s2"),
        {"action_id": "share_chart", "block_id": "share_chart", "value": "chart wales"},
        channel="C0ELSEWHERE",
    )
    assert http_app.post(form, sign(form))[0] == 200
    said = slack_api.wait_for("response_url:s2", timeout=20)[0].args
    assert "/invite" in said["text"]


def test_a_chart_slack_will_not_take_is_described_in_words(http_app, slack_api):
    slack_api.fail("files.getUploadURLExternal", 200, body={"ok": False, "error": "missing_scope"})
    mention = {"type": "app_mention", "user": "U0R", "text": "<@U0BOT> chart wales", "ts": "1717000104.1"}
    assert _post_event(http_app, _event({**mention, "channel": "C0NEWS"}, "EvC5")) == 200
    reply = slack_api.wait_for("chat.postMessage", timeout=20)[0].args
    assert reply["thread_ts"] == mention["ts"] and "4 rows by 8 columns" in reply["text"]
    assert "files:write" in json.dumps(reply["blocks"])
    assert_valid_blocks(reply)
