"""Mail that must never be answered: a job application said in its subject, a carrier's notice to the addressee."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Solicitud de empleo", "Hola, adjunto mi CV para el puesto de técnico de reparación y garantías."),
        ("Avoin hakemus - huoltoteknikko", "Hei, minulla on kokemusta takuukorjaus- ja huoltotöistä. Aino"),
        ("Ứng tuyển nhân viên kỹ thuật", "Em chào anh chị, em có 3 năm kinh nghiệm bảo hành thiết bị."),
    ],
)
def test_a_job_application_told_by_its_subject_is_unrelated(read, subject, body):
    found = read(body, subject, sender="Aino Example <aino@mail.example>")
    assert (found.kind, found.should_auto_reply) == ("unrelated", False)


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Aviso de envío", "Hola, tu paquete con número de guía 7712004455 está en ruta de entrega."),
        ("Csomagértesítő", "Az 5521 nyomkövetési számú csomagját ma 10 és 14 óra között kézbesítjük."),
        ("Noutoilmoitus", "Pakettisi (seurantanumero JJFI7700112) on noudettavissa pakettiautomaatista."),
        ("Thông báo giao hàng", "Đơn hàng của bạn, mã vận đơn 88123, đang được giao."),
    ],
)
def test_a_carriers_notice_to_the_addressee_is_unrelated(read, subject, body):
    found = read(body, subject, sender="Carrier <avisos@carrier.example>")
    assert (found.kind, found.should_auto_reply) == ("unrelated", False)


def test_a_customer_asking_after_their_own_parcel_is_still_order_status(read):
    body = "Buenos días, mi envío con la orden PO-55120 sigue en tránsito desde hace una semana. ¿Cuándo me llega?"
    found = read(body, "Pedido PO-55120", sender="Lucía <lucia@taller.example>")
    assert (found.kind, found.should_auto_reply) == ("order_status", True)


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Stock", "Hello, is the TX-200 available and when will it arrive in stock?"),
        ("Saatavuus", "Hei, onko Revontuli 8x56 saatavilla ja milloin se saapuu varastoonne?"),
        ("Készlet", "Jó napot! Mikor érkezik újra raktárra a TPS-3203? Szeretnénk rendelni."),
        ("Hỏi hàng", "Chào anh, khi nào có hàng camera SL-Bullet 8MP ạ?"),
    ],
)
def test_a_question_whether_a_product_is_in_stock_is_asked_before_buying(read, subject, body):
    found = read(body, subject, sender="Buyer <buyer@shop.example>")
    assert (found.kind, found.should_auto_reply) == ("unrelated", False)


def test_a_question_after_an_order_named_by_its_number_is_still_order_status(read):
    body = "Hello, our order PO-44718: is the rest back in stock, and when will it ship?"
    found = read(body, "PO-44718", sender="Buyer <buyer@shop.example>")
    assert (found.kind, found.should_auto_reply) == ("order_status", True)


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Servicio técnico", "Ofrecemos servicio de reparación y garantía para equipos de todas las marcas."),
        ("Szerviz ajánlat", "Kedvező áron kínálunk javítási és garanciális szervizt minden márkájú műszerhez."),
        ("Huoltopalvelu", "Hei, tarjoamme takuukorjauksia ja huoltoa kaikille merkeille nopeasti."),
        ("Dịch vụ sửa chữa", "Chúng tôi nhận sửa chữa, bảo hành camera của mọi hãng, giá tốt."),
    ],
)
def test_a_repair_service_offered_for_any_brand_is_unrelated(read, subject, body):
    found = read(body, subject, sender="Sales <sales@service-shop.example>")
    assert (found.kind, found.should_auto_reply) == ("unrelated", False)
