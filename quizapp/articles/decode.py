"""Turn the bytes of a story file into text, or say clearly why that is impossible."""

from __future__ import annotations

import codecs

from quizapp.errors import ArticleError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_ALLOWED_CONTROLS = {"\t", "\n", "\r", "\f", "\v"}


def _looks_binary(text: str) -> bool:
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in _ALLOWED_CONTROLS)
    return "\x00" in text or controls > max(2, len(text) // 200)


def decode_story(data: bytes, path: object) -> str:
    """Decode `data` (UTF-8, UTF-16/32 with a BOM, or legacy Windows-1252) to text.

    Line endings become ``\\n``. Raises `ArticleError` for empty, binary or
    undecodable input.
    """
    if not data.strip():
        raise ArticleError(path, "the file is empty")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise ArticleError(path, f"the file is not valid {encoding.upper()} text ({exc.reason})") from None
            break
    else:
        if b"\x00" in data:
            raise ArticleError(path, "this looks like a binary file, not a text or HTML story")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            try:
                text = data.decode("cp1252")
            except UnicodeDecodeError:
                raise ArticleError(
                    path,
                    f"the file is not UTF-8 text (byte {data[exc.start]:#04x} at offset {exc.start}); "
                    "save it as UTF-8 and try again",
                ) from None
    text = text.lstrip("\ufeff")
    if _looks_binary(text):
        raise ArticleError(path, "this looks like a binary file, not a text or HTML story")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise ArticleError(path, "the file is empty")
    return text
