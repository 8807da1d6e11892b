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
