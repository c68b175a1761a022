"""Untrusted XML: no entity expansion (billion laughs), no external entities or DTDs (XXE), no network."""

from __future__ import annotations

import json
import os
import socket
import time
from pathlib import Path

import pytest

from wireclaims.errors import InputError, ParseError
from wireclaims.loaders import load

SECRET = "TOP-SECRET-PAYROLL-7731"

LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE {root} [
  <!ENTITY lol "lol">
  <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
  <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
  <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
  <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
  <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
  <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
  <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
{body}"""

# The same attack in each XML format: `&{entity};` sits where the story text would be.
BODIES = {
    "nitf": "<nitf><body><body.content><p>HALDEN (AP) — &{entity};</p></body.content></body></nitf>",
    "newsItem": (
        '<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/"><itemMeta><itemClass qcode="ninat:text"/>'
        "</itemMeta><contentSet><inlineData>&{entity};</inlineData></contentSet></newsItem>"
    ),
    "NewsML": (
        "<NewsML><NewsItem><NewsComponent><ContentItem><DataContent>&{entity};</DataContent></ContentItem>"
        "</NewsComponent></NewsItem></NewsML>"
    ),
}
REFUSED = "the XML declares entities in its DTD"


@pytest.fixture
def secret_file(tmp_path: Path) -> Path:
    path = tmp_path / "payroll.txt"
    path.write_text(f"{SECRET}\n", encoding="utf-8")
    # An access time far older than the modification time: any read moves it (relatime included).
    os.utime(path, (0, time.time()))
    return path


def _reads_are_visible(tmp_path: Path) -> bool:
    """Whether this file system records reads in the access time at all (noatime mounts do not)."""
    control = tmp_path / "control.txt"
    control.write_text("x", encoding="utf-8")
    os.utime(control, (0, time.time()))
    control.read_bytes()
    return control.stat().st_atime > 0


def _assert_never_read(path: Path, tmp_path: Path) -> None:
    if _reads_are_visible(tmp_path):
        assert path.stat().st_atime == 0, f"{path.name} was read"


@pytest.mark.parametrize("root", list(BODIES))
def test_billion_laughs_is_refused_in_every_xml_format(root):
    data = LAUGHS.format(root=root, body=BODIES[root].format(entity="lol9")).encode()
    started = time.perf_counter()
    with pytest.raises(ParseError, match=f"^{REFUSED}"):
        load(data)
    assert time.perf_counter() - started < 1


def test_billion_laughs_in_utf16_is_refused():
    data = LAUGHS.format(root="nitf", body=BODIES["nitf"].format(entity="lol9"))
    with pytest.raises(ParseError, match=f"^{REFUSED}"):
        load(data.replace('version="1.0"', 'version="1.0" encoding="UTF-16"').encode("utf-16"))


@pytest.mark.parametrize("root", list(BODIES))
def test_external_entity_is_refused_and_the_file_never_read(root, secret_file, tmp_path):
    doctype = f'<?xml version="1.0"?>\n<!DOCTYPE {root} [<!ENTITY xxe SYSTEM "{secret_file.as_uri()}">]>\n'
    with pytest.raises(ParseError, match=f"^{REFUSED}") as caught:
        load((doctype + BODIES[root].format(entity="xxe")).encode())
    assert SECRET not in str(caught.value)
    _assert_never_read(secret_file, tmp_path)


def test_parameter_entity_to_an_external_dtd_is_refused(secret_file, tmp_path):
    dtd = tmp_path / "evil.dtd"
    dtd.write_text(f'<!ENTITY xxe SYSTEM "{secret_file.as_uri()}">', encoding="utf-8")
    os.utime(dtd, (0, time.time()))
    doctype = f'<?xml version="1.0"?>\n<!DOCTYPE nitf [<!ENTITY % ext SYSTEM "{dtd.as_uri()}"> %ext;]>\n'
    with pytest.raises(ParseError, match=f"^{REFUSED}"):
        load((doctype + BODIES["nitf"].format(entity="xxe")).encode())
    _assert_never_read(dtd, tmp_path)
    _assert_never_read(secret_file, tmp_path)


def test_external_dtd_is_never_loaded(secret_file, tmp_path):
    # No internal subset to refuse: the DTD reference is legal (NITF files carry one) but is never fetched,
    # so `&xxe;` stays an unknown entity and the story reads without it.
    dtd = tmp_path / "nitf.dtd"
    dtd.write_text(f'<!ENTITY xxe SYSTEM "{secret_file.as_uri()}">', encoding="utf-8")
    os.utime(dtd, (0, time.time()))
    data = f'<?xml version="1.0"?>\n<!DOCTYPE nitf SYSTEM "{dtd.as_uri()}">\n' + BODIES["nitf"].format(
        entity="xxe"
    ).replace("&xxe;", "Workers returned. &xxe;")
    story = load(data.encode())
    assert story.paragraphs == ("Workers returned.",)
    _assert_never_read(dtd, tmp_path)
    _assert_never_read(secret_file, tmp_path)


def test_nitf_inside_ninjs_gets_the_same_protection(secret_file, tmp_path):
    nitf = f'<!DOCTYPE nitf [<!ENTITY xxe SYSTEM "{secret_file.as_uri()}">]>' + BODIES["nitf"].format(
        entity="xxe"
    )
    data = json.dumps({"headline": "Strike ends", "body_nitf": nitf}).encode()
    with pytest.raises(ParseError, match=f"^{REFUSED}"):
        load(data)
    _assert_never_read(secret_file, tmp_path)


@pytest.mark.parametrize(
    "wrap", [lambda page: page, lambda page: json.dumps({"headline": "H", "body_html": page})]
)
def test_html_that_declares_entities_is_refused(wrap, secret_file, tmp_path):
    page = (
        f'<!DOCTYPE html [<!ENTITY lol "lol"><!ENTITY xxe SYSTEM "{secret_file.as_uri()}">]>'
        "<html><body><article><p>HALDEN (AP) — Workers returned &lol; &xxe;</p></article></body></html>"
    )
    with pytest.raises(ParseError, match=f"^{REFUSED}"):
        load(wrap(page).encode())
    _assert_never_read(secret_file, tmp_path)


def test_no_network_for_a_remote_dtd():
    # A listening socket on the loopback: the parser must never connect to it.
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as server:
        server.bind(("127.0.0.1", 0))
        server.listen(1)
        server.setblocking(False)
        port = server.getsockname()[1]
        data = f'<?xml version="1.0"?>\n<!DOCTYPE nitf SYSTEM "http://127.0.0.1:{port}/nitf.dtd">\n' + BODIES[
            "nitf"
        ].format(entity="nbsp").replace("&nbsp;", "Workers&nbsp;returned.")
        story = load(data.encode())
        with pytest.raises(BlockingIOError):
            server.accept()
    assert story.paragraphs == ("Workers returned.",)


@pytest.mark.parametrize(
    "data",
    [
        b"<nitf><body><body.content><p>Workers</p></body.content></body>",
        b'<?xml version="1.0" encoding="no-such-codec"?><nitf/>',
        b"<nitf>\x00</nitf>",
    ],
    ids=["unclosed", "unknown-encoding", "nul"],
)
def test_malformed_xml_is_an_input_error_not_a_crash(data):
    with pytest.raises(InputError):
        load(data, input_format="nitf")
