"""Labels and shapes of order and serial numbers in more of the ways customers write them: Czech, Slovak and
Polish abbreviations, an order confirmation's or a job order's number, a company's order scheme with a year
block, a unit's serial in brackets or after "#" next to its model, and the numbers that look like an order
or serial but are something else (a parcel number, a tax id, a measure)."""

from __future__ import annotations

import pytest

TAIL = "\nThe controller does not start any more, please repair it."


@pytest.mark.parametrize(
    "text, serials",
    [
        ("Řídicí jednotka, v.č. 2211/00734, nejde zapnout.", ["2211/00734"]),
        ("Panel V.č. 1907/01250 je tmavý.", ["1907/01250"]),
        ("modul v. č. 2303/00018 nekomunikuje", ["2303/00018"]),
        ("výr. č. KX-55012 je vadné", ["KX-55012"]),
        ("výrobní čísla 2105/00210, 2105/00214", ["2105/00210", "2105/00214"]),
        ("Nr ser. 7720431, proszę o naprawę", ["7720431"]),
        ("nr. ser. AB77-2043 nie działa", ["AB77-2043"]),
        ("S-N: LQ7730A11", ["LQ7730A11"]),
        ("S# LQ7730A11", ["LQ7730A11"]),
        ("机身编号：5512230187", ["5512230187"]),
    ],
)
def test_serial_labels_abbreviated_in_more_languages(ids, text, serials):
    assert list(ids(text).serial_numbers) == serials


@pytest.mark.parametrize(
    "text, orders",
    [
        ("Dodáno na zakázku ZK-88/2023.", ["ZK-88/2023"]),
        ("Zakázka 771203 ještě nedorazila.", ["771203"]),
        ("Bitte bestätigen Sie den Termin zu Ihrer AB C23-11840.", ["C23-11840"]),
        ("laut Auftragsbestätigung K-23-5512 fehlt ein Teil", ["K-23-5512"]),
        ("¿Cuándo sale la OC MX-4471?", ["MX-4471"]),
        ("購買單號：TW-113-0088", ["TW-113-0088"]),
        ("购买单号：GZ-2023-0771", ["GZ-2023-0771"]),
        ("besteld onder 88-4412", ["88-4412"]),
        ("Ord. no. 55310", ["55310"]),
        ("受注番号：23-7781", ["23-7781"]),
    ],
)
def test_order_labels_in_more_languages(ids, text, orders):
    assert list(ids(text).order_numbers) == orders


@pytest.mark.parametrize(
    "text, orders",
    [
        # A job order's prefix in Czech and Slovak (ZAKázka), with no label before it.
        ("V dodávce k ZAK-23-4410 chybí kabel.", ["ZAK-23-4410"]),
        # A company's letters, a year and a number between slashes.
        ("bought from you (KT/2023/00417)", ["KT/2023/00417"]),
        ("Ihre Lieferung MB/23/1182 ist unvollständig", ["MB/23/1182"]),
        # Letters ending in O (order) or S (sales) glued to the year block: a sales order.
        ("our PO 7731-22 (your VO23-1120)", ["7731-22", "VO23-1120"]),
        ("ref SO2023-0551", ["SO2023-0551"]),
    ],
)
def test_company_order_schemes_with_a_year_block(ids, text, orders):
    assert list(ids(text).order_numbers) == orders


@pytest.mark.parametrize(
    "text",
    [
        "faktura VAT FV/2023/08/0112 do zapłaty",  # an invoice's letters and month block
        "Fatura FT/2023/1187 em anexo",  # an invoice, written with the same slashes
        "Rechnung RE/23/1182 anbei",
        "ISO23-001 audit report attached",
    ],
)
def test_other_documents_written_alike_are_no_orders(ids, text):
    assert ids(text).order_numbers == ()


@pytest.mark.parametrize(
    "text, zamowienie",
    [
        ("Zamówienie było KT/2023/00417.", ["KT/2023/00417"]),
        ("Číslo objednávky zní 55-1207.", ["55-1207"]),
    ],
)
def test_a_verb_between_label_and_value_in_polish_and_czech(ids, text, zamowienie):
    assert list(ids(text).order_numbers) == zamowienie


def test_a_parcel_number_after_an_order_word_is_no_order(ids):
    found = ids("UPS shows the order (1Z999AA10123456784) as label created for a week.")
    assert found.order_numbers == ()
    assert found.tracking_numbers == ("1Z999AA10123456784",)


@pytest.mark.parametrize("text", ["DIČ CZ44120987", "IČO 44120987, DIČ CZ44120987", "REGON 330123456"])
def test_company_tax_and_registration_ids_are_none_of_ours(ids, text):
    found = ids(text)
    assert found.serial_numbers == () and found.order_numbers == ()


@pytest.mark.parametrize("value", ["30-second", "5-year", "24-port", "12-pack"])
def test_a_measure_written_as_an_adjective_is_no_order(ids, value):
    assert ids(f"Order {value} kit").order_numbers == ()


CATALOG = ("VX 400", "VX 400 Pro", "MK-Panel 5")


@pytest.mark.parametrize(
    "text, serials",
    [
        ("Our VX 400 (3307215) does not charge.", ["3307215"]),
        ("the spare MK-Panel 5 (2207/00341) has a cracked front", ["2207/00341"]),
        ("VX 400 #3307215 is dead", ["3307215"]),
        ("VX 400 Nr. 3307215 ist defekt", ["3307215"]),
        ("VX 400 Pro (3307215, 3307219) both dead", ["3307215", "3307219"]),
        # a code shaped like a model, but the catalog names the models: the unit's serial
        ("VX 400 SN3307-00215 dead", ["SN3307-00215"]),
    ],
)
def test_a_units_number_next_to_its_catalogued_model(ids, text, serials):
    assert list(ids(text, CATALOG).serial_numbers) == serials


@pytest.mark.parametrize(
    "text",
    [
        "VX 400 (2x) arrived damaged",  # a quantity
        "VX 400 (20230915) arrived damaged",  # a date written without separators
        "VX 400 (4471) arrived damaged",  # too short for a serial: a count, a code, a year
        "VX 400 (3307215 hours) arrived damaged",  # not alone in the brackets
        "VX 400 - 3307215",  # a dash: anything may follow
    ],
)
def test_numbers_next_to_a_model_that_are_no_serial(ids, text):
    assert ids(text, CATALOG).serial_numbers == ()


@pytest.mark.parametrize(
    "text, orders, serials",
    [
        ("Serial # / Order #: 5521-0087 / 3302-19", ["3302-19"], ["5521-0087"]),
        ("S/N & PO: 5521-0087 & 3302-19", ["3302-19"], ["5521-0087"]),
        ("Order / Serial: 3302-19 / LQ7730A11", ["3302-19"], ["LQ7730A11"]),
        # each label with its own value: read as before
        ("Serial: LQ7730A11 / Order: 3302-19", ["3302-19"], ["LQ7730A11"]),
    ],
)
def test_labels_written_together_then_their_values_in_order(ids, text, orders, serials):
    found = ids(text)
    assert list(found.order_numbers) == orders
    assert list(found.serial_numbers) == serials


def test_three_labels_written_together(ids):
    found = ids("S/N / PO / Tracking: LQ7730A11 / 3302-19 / 1Z999AA10123456784")
    assert (found.serial_numbers, found.order_numbers) == (("LQ7730A11",), ("3302-19",))
    assert found.tracking_numbers == ("1Z999AA10123456784",)


@pytest.mark.parametrize(
    "text",
    [
        "urządzenie 66120457 nie działa",
        "设备 66120457 无法开机",
        "L'appareil 66120457 ne s'allume plus",
        "Het apparaat 66120457 start niet",
        "o aparelho 66120457 não liga",
        "Das Modul 66120457 ist defekt",
    ],
)
def test_a_unit_word_in_more_languages_before_a_serial(ids, text):
    assert ids(text).serial_numbers == ("66120457",)


@pytest.mark.parametrize("text", ["o aparelho FS-60 não liga", "设备型号FS-60，订单DD240931"])
def test_a_unit_word_before_a_model_reads_no_serial(ids, text):
    assert ids(text).serial_numbers == ()


@pytest.mark.parametrize(
    "text, orders", [("Any news on 2023-SO-00419?", ["2023-SO-00419"]), ("ref 23-PO-7781", ["23-PO-7781"])]
)
def test_an_order_with_its_letters_after_the_year_block(ids, text, orders):
    assert list(ids(text).order_numbers) == orders


@pytest.mark.parametrize(
    "text, catalog, serials, models",
    [
        ("S/N: RX-40 3307-0215", (), ["3307-0215"], ["RX-40"]),
        ("SN VX 400 3307215", CATALOG, ["3307215"], ["VX 400"]),
        # the model alone after the label: with the catalog, no serial at all
        ("SN: VX 400", CATALOG, [], ["VX 400"]),
        ("S/N: MK-Panel 5", CATALOG, [], ["MK-Panel 5"]),
        # a colon, a comma or a bracket between the model and its serial
        ("Seriennummer VX 400: 3307215", CATALOG, ["3307215"], ["VX 400"]),
        ("S/N: MK-Panel 5, 2207/00341", CATALOG, ["2207/00341"], ["MK-Panel 5"]),
        ("S/N: MK-Panel 5 (2207/00341)", CATALOG, ["2207/00341"], ["MK-Panel 5"]),
        ("S/N RX-40: 3307-0215", (), ["3307-0215"], ["RX-40"]),
    ],
)
def test_a_model_between_the_serial_label_and_the_serial(ids, text, catalog, serials, models):
    found = ids(text, catalog)
    assert (list(found.serial_numbers), list(found.product_models)) == (serials, models)


def test_an_empty_serial_field_of_a_form_does_not_take_the_next_fields_model(ids):
    found = ids("Name: Lee\nSerial number:\nQuestion: RX-40 warranty how long?", ("RX-40",))
    assert found.serial_numbers == ()


@pytest.mark.parametrize(
    "text, serials",
    [
        ("Our RX-40-2306-0188 stopped working", ["RX-40-2306-0188"]),
        ("the rx-40-2306-0188 and rx-40-2306-0191 failed", ["rx-40-2306-0188", "rx-40-2306-0191"]),
    ],
)
def test_a_serial_that_starts_with_a_hyphenated_model_code(ids, text, serials):
    assert list(ids(text).serial_numbers) == serials


def test_an_orders_four_blocks_are_no_serial(ids):
    found = ids("SO-23-0931-001 is late")
    assert found.serial_numbers == () and found.order_numbers == ("SO-23-0931-001",)


@pytest.mark.parametrize(
    "label",
    ["SKU:", "MPN", "Material-Nr.", "Teilenummer", "Item code", "品番：", "物料编码：", "Réf. article", "code article"],
)
def test_a_parts_or_articles_number_is_no_serial(ids, label):
    assert ids(f"{label} KT2306B00451").serial_numbers == ()


@pytest.mark.parametrize(
    "text",
    ["Teilenummer KT2306B00451, Seriennummer KT2306B00477", "物料编码：KT2306B00451，序列号：KT2306B00477"],
)
def test_the_serial_labelled_next_to_a_part_number_is_read(ids, text):
    assert ids(text).serial_numbers == ("KT2306B00477",)
