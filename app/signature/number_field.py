"""The letter's registry number field: added before the first signature, filled after the last.

An outgoing letter is signed before the bureau d'ordre writes its number on it. So the letter
carries a form text field, :data:`~app.signature.types.NUMBER_FIELD` (the office's letter
template may hold one, wherever it wants it; otherwise one is added on the first page, top left,
in the same revision as the first signature), the signatures allow form filling, and
:func:`fill_number` writes the number into it in an incremental update: verification then
reports "form filling only" after each signature, naming the field.
"""

from __future__ import annotations

from io import BytesIO

from app.errors import UserError
from app.signature.types import NUMBER_FIELD

# Where the field goes when the letter has none: first page, under the letterhead on the left.
DEFAULT_WIDTH = 190.0
DEFAULT_HEIGHT = 16.0
DEFAULT_LEFT = 56.0
DEFAULT_FROM_TOP = 150.0
FONT_SIZE = 11
_HELV = "/BOHelv"


def _fields(writer_or_reader):  # noqa: ANN001, ANN202
    root = writer_or_reader.root
    form = root.get("/AcroForm")
    if form is None:
        return None, []
    form = form.get_object()
    return form, form.get("/Fields", [])


def find_field(handler, name: str = NUMBER_FIELD):  # noqa: ANN001, ANN202
    """The (reference, dictionary) of the top-level text field ``name``, or None."""
    _, fields = _fields(handler)
    for ref in fields:
        field = ref.get_object()
        if str(field.get("/T", "")) == name and field.get("/FT") == "/Tx":
            return ref, field
    return None


def has_number_field(pdf: bytes, name: str = NUMBER_FIELD) -> bool:
    from pyhanko.pdf_utils.reader import PdfFileReader

    return find_field(PdfFileReader(BytesIO(pdf), strict=False), name) is not None


def _font_resources():  # noqa: ANN202
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.generic import pdf_name

    font = generic.DictionaryObject(
        {
            pdf_name("/Type"): pdf_name("/Font"),
            pdf_name("/Subtype"): pdf_name("/Type1"),
            pdf_name("/BaseFont"): pdf_name("/Helvetica"),
            pdf_name("/Encoding"): pdf_name("/WinAnsiEncoding"),
        }
    )
    return generic.DictionaryObject(
        {pdf_name("/Font"): generic.DictionaryObject({pdf_name(_HELV): font})}
    )


def add_number_field(writer, name: str = NUMBER_FIELD) -> None:  # noqa: ANN001
    """Add an empty text field ``name`` to the first page of ``writer`` (an incremental writer
    whose changes the coming signature will cover)."""
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.generic import pdf_name, pdf_string

    page_ref, _ = writer.find_page_for_modification(0)
    page = page_ref.get_object()
    x1, y1, x2, y2 = (float(v) for v in page.get("/CropBox", page["/MediaBox"]))
    top = max(y1, y2)
    left = min(x1, x2) + DEFAULT_LEFT
    rect = [
        left,
        top - DEFAULT_FROM_TOP,
        left + DEFAULT_WIDTH,
        top - DEFAULT_FROM_TOP + DEFAULT_HEIGHT,
    ]
    field = generic.DictionaryObject(
        {
            pdf_name("/FT"): pdf_name("/Tx"),
            pdf_name("/T"): pdf_string(name),
            pdf_name("/TU"): pdf_string("Numéro d'enregistrement / رقم التسجيل"),
            pdf_name("/Type"): pdf_name("/Annot"),
            pdf_name("/Subtype"): pdf_name("/Widget"),
            pdf_name("/F"): generic.NumberObject(4),  # printed
            pdf_name("/Rect"): generic.ArrayObject(generic.FloatObject(v) for v in rect),
            pdf_name("/P"): page_ref,
            pdf_name("/DA"): pdf_string(f"{_HELV} {FONT_SIZE} Tf 0 g"),
            pdf_name("/V"): pdf_string(""),
        }
    )
    field_ref = writer.add_object(field)
    annots = page.get("/Annots")
    if annots is None:
        page[pdf_name("/Annots")] = generic.ArrayObject([field_ref])
        writer.update_container(page)
    else:
        annots = annots.get_object()
        annots.append(field_ref)
        writer.update_container(annots)
        writer.update_container(page)
    root = writer.root
    form = root.get("/AcroForm")
    if form is None:
        form = generic.DictionaryObject({pdf_name("/Fields"): generic.ArrayObject()})
        root[pdf_name("/AcroForm")] = writer.add_object(form)
        writer.update_root()
    form = root["/AcroForm"].get_object()
    fields = form.get("/Fields")
    if fields is None:
        form[pdf_name("/Fields")] = generic.ArrayObject()
        fields = form["/Fields"]
    fields = fields.get_object()
    fields.append(field_ref)
    resources = form.get("/DR")
    if resources is None:
        form[pdf_name("/DR")] = _font_resources()
    else:
        fonts = resources.get_object().setdefault(pdf_name("/Font"), generic.DictionaryObject())
        fonts.get_object()[pdf_name(_HELV)] = _font_resources()["/Font"][_HELV]
    writer.update_container(fields)
    writer.update_container(form)


def _escape(text: str) -> bytes:
    raw = text.encode("cp1252", errors="replace")
    return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def fill_number(pdf: bytes, number: str, *, name: str = NUMBER_FIELD) -> bytes:
    """``pdf`` with ``number`` written in its field ``name``, in an incremental update (the
    signatures before it stay valid; verification shows the filling)."""
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.generic import pdf_name, pdf_string
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer = IncrementalPdfFileWriter(BytesIO(pdf), strict=False)
    found = find_field(writer, name)
    if found is None:
        raise UserError("signature_no_number_field", field=name)
    ref, field = found
    if str(field.get("/V", "")):
        raise UserError("signature_number_already_filled", number=str(field.get("/V")))
    x1, y1, x2, y2 = (float(v) for v in field["/Rect"])
    width, height = abs(x2 - x1), abs(y2 - y1)
    baseline = max(2.0, (height - FONT_SIZE * 0.72) / 2)
    content = (
        b"/Tx BMC q BT "
        + _HELV.encode()
        + b" %d Tf 0 g 2 %.2f Td (" % (FONT_SIZE, baseline)
        + _escape(number)
        + b") Tj ET Q EMC"
    )
    stream = generic.StreamObject(
        {
            pdf_name("/Type"): pdf_name("/XObject"),
            pdf_name("/Subtype"): pdf_name("/Form"),
            pdf_name("/BBox"): generic.ArrayObject(
                [generic.FloatObject(0), generic.FloatObject(0)]
                + [generic.FloatObject(width), generic.FloatObject(height)]
            ),
            pdf_name("/Resources"): _font_resources(),
        },
        stream_data=content,
    )
    field[pdf_name("/V")] = pdf_string(number)
    field[pdf_name("/AP")] = generic.DictionaryObject({pdf_name("/N"): writer.add_object(stream)})
    writer.mark_update(ref)
    out = BytesIO()
    writer.write(out)
    return out.getvalue()


def read_number(pdf: bytes, name: str = NUMBER_FIELD) -> str | None:
    """The value of the number field (None: no field; "" : not filled yet)."""
    from pyhanko.pdf_utils.reader import PdfFileReader

    found = find_field(PdfFileReader(BytesIO(pdf), strict=False), name)
    return None if found is None else str(found[1].get("/V", ""))
