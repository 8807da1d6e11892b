"""The train8 corpus (once the blind8 held-out set): hand-written after-sales mail for eight electronics, optics and instrument makers.

Every mail is written by hand in the per-company tables below (one row per mail: kind, sender,
subject, body, label, layout); the shared kit (../blindkit.py) turns them into byte-identical
.eml files, writes labels.jsonl, company.json and README.md, and checks the labels against the
mails.  Run without arguments to rewrite, with --check to verify.
"""

from __future__ import annotations

import os
import sys
from datetime import date
from email.message import Message
from email.utils import parseaddr
from typing import Any

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from blindkit import (
    Corpus,
    L,
    addr,
    alt,
    attachment,
    delivery_status,
    envelope,
    ew,
    html_doc,
    jpeg,
    mail,
    mixed,
    mid,
    multipart,
    pdf,
    related,
    rfc822,
    rng,
    text,
)

HERE = os.path.dirname(os.path.abspath(__file__))

C = Corpus(
    here=HERE,
    script="make_train8.py",
    title="blind8: held-out corpus of service mail for eight electronics, optics and instrument makers",
    domains="`.example`",
    languages="Spanish, Hindi-English (Latin and Devanagari script), Vietnamese, Hungarian, Finnish, Swedish, Romanian or Czech",
    serial_shapes={
        "minjiang": r"MJ\d{4}-[0-9A-Z]{4}",
        "jinsha": r"0\d{3}J\d{5}",
        "anping": r"AP[0-9A-Z]{4}-\d{4}",
        "bajio": r"BJQ-\d{6}-[A-Z]\d{2}",
        "sahyadri": r"\d{4}-(?:MP|SC|IV|BM)-\d{5}",
        "songlam": r"SLC-?\d{4}-?\d{4}",
        "tisza": r"TM\d{2}W\d{2}-\d{3}",
        "kuusamo": r"KO-\d{2}-[0-9A-Z]{4}",
    },
    notes=[
        "Serial shapes: Minjiang date code and base-36 block, Jinsha leading zero, Anping base-36 block, "
        "Bajio full date code and lot, Sahyadri month-year and model code, Song Lam with or without hyphens, "
        "Tisza week code, Kuusamo year and base-36 block; customers also write some of them in lowercase."
    ],
)

# ---------------------------------------------------------------- layout --


def inner_mail(date_: str, frm: str, to: str, subject: str, body: Message, domain: str) -> Message:
    """A mail carried inside another (forwarded as an attachment, returned in a bounce): its
    Message-ID must differ from the outer one, as it does in real mail."""
    hdrs = [("Date", date_), ("From", frm), ("To", to), ("Subject", subject)]
    hdrs += [("Message-ID", mid("tb", domain, "inner")), ("MIME-Version", "1.0")]
    return envelope(hdrs, body)


def build(slug: str, co: dict[str, Any], row: dict[str, Any]) -> Message:
    o = row
    cs = o.get("cs", "utf-8")
    cte = o.get("cte", "qp")
    style = o.get("style", "generic")
    body = o["body"]
    to = o.get("to", co["service_address"])
    if o.get("inline_img"):
        # HTML with a pasted screenshot, as Outlook and Foxmail send it
        inner = "".join(f"<p>{ln}</p>" if ln else "<br>" for ln in body.split("\n"))
        inner += '<p><img src="cid:image001.jpg@01DB3A2F.5C1E0A40"></p>'
        leaf: Message = related(
            text(html_doc(inner, cs=cs), cs=cs, cte=cte, sub="html"),
            [attachment("image/jpeg", "image001.jpg", jpeg("inline"), inline=True, cid="image001.jpg@01DB3A2F.5C1E0A40")],
            style,
        )
    elif o.get("html"):
        inner = "".join(f"<p>{ln}</p>" if ln else "<br>" for ln in body.split("\n"))
        leaf = text(html_doc(inner, cs=o.get("cslabel") or cs), cs=cs, cte=cte, sub="html", label=o.get("cslabel"))
    elif o.get("alt"):
        inner = "".join(f"<div>{ln}</div>" if ln else "<div><br></div>" for ln in body.split("\n"))
        leaf = alt(
            text(body, cs=cs, cte=cte, label=o.get("cslabel")),
            text(html_doc(inner, cs=o.get("cslabel") or cs), cs=cs, cte=cte, sub="html", label=o.get("cslabel")),
            style,
        )
    else:
        leaf = text(body, cs=cs, cte=cte, label=o.get("cslabel"))
    parts: list[Message] = []
    if o.get("photos"):
        for i in range(o["photos"]):
            if o.get("photo_name"):
                fname = o["photo_name"].replace(".jpg", f"{i + 1}.jpg")
                parts.append(attachment("image/jpeg", fname, jpeg(f"p{i}"), rfc2231=True))
            else:
                parts.append(attachment("image/jpeg", f"DSC_{2200 + i * 3}.jpg", jpeg(f"p{i}")))
    if o.get("pdf"):
        parts.append(attachment("application/pdf", o["pdf"], pdf("pdf", o["pdf"])))
    if o.get("rfc"):
        ofrm, osubj, obody = o["rfc"]
        ocs = o.get("rfc_cs", "utf-8")
        ofrm_addr = parseaddr(ofrm)
        if not ofrm_addr[0].isascii():
            ofrm = addr(ofrm_addr[0], ofrm_addr[1], ocs)
        inner_msg = inner_mail(
            o["date"], ofrm, o.get("rfc_to", parseaddr(o["frm"])[1]),
            osubj if osubj.isascii() else ew(osubj, ocs), text(obody, cs=ocs, cte="b64" if ocs != "utf-8" else "qp"),
            ofrm_addr[1].split("@")[1],
        )
        parts.append(rfc822(inner_msg, filename="message.eml"))
    if o.get("dsn"):
        rcpt = o["dsn"]
        report = multipart(
            "report",
            [
                text(body, cs="utf-8", cte="qp"),
                delivery_status(
                    [
                        [("Reporting-MTA", "dns; " + o.get("mta", parseaddr(o["frm"])[1].split("@")[1]))],
                        [
                            ("Final-Recipient", "rfc822; " + rcpt),
                            ("Action", "failed"),
                            ("Status", o.get("status", "5.1.1")),
                            ("Diagnostic-Code", "smtp; " + o.get("diag", "550 5.1.1 user unknown")),
                        ],
                    ]
                ),
                rfc822(
                    inner_mail(
                        o["date"], co["service_address"], rcpt,
                        ew(o.get("orig_subj", "Re: your service request"), maxlen=200)
                        if not o.get("orig_subj", "").isascii() else o.get("orig_subj", "Re: your service request"),
                        text(o.get("orig_body", "Hello,\nplease send us the serial number of the unit.\n"), cte="qp"),
                        co["domain"],
                    ),
                    disp=None,
                ),
            ],
            "=_dsn_" + slug + o["name"],
            params=" report-type=delivery-status;",
        )
        return mail(o["date"], o["frm"], to, o["subj"], report, style, co["domain"])
    top = mixed([leaf, *parts], style) if parts else leaf
    extra = list(o.get("extra", ()))
    if o.get("replyto"):
        extra.append(("Reply-To", o["replyto"]))
    subj = o["subj"]
    if not subj.isascii():
        scs = o.get("subj_cs", cs if cs in ("gbk", "gb18030", "big5") else "utf-8")
        subj = ew(subj, scs, label=o.get("cslabel") if scs == cs else None)
    frm = o["frm"]
    if not frm.isascii() and "<" in frm and "=?" not in frm:
        nm, em = frm.rsplit("<", 1)
        frm = addr(nm.strip().strip('"'), em.rstrip(">"), o.get("name_cs"))
    return mail(o["date"], frm, to, subj, top, style, o.get("dom", "mail.example"), extra)


def register(slug: str, info: dict[str, Any], rows: list[dict[str, Any]], prefix: str = "m") -> None:
    if slug not in C.companies:
        C.company(slug, **info)
    for i, row in enumerate(rows, 1):
        row.setdefault("name", f"{prefix}{i:02d}")
        # mails arrive 7-13 Nov 2026, after every date quoted in their text; the weekday is the real one
        day = 7 + i % 7
        wd = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][date(2026, 11, day).weekday()]
        row.setdefault(
            "date", f"{wd}, {day} Nov 2026 {7 + i % 10:02d}:{(i * 11) % 60:02d}:{(i * 17) % 60:02d} {info['tz']}"
        )

        def fn(row: dict[str, Any] = row) -> tuple[Message, dict[str, Any]]:
            return build(slug, info, row), dict(row["label"])

        fn.__name__ = f"{slug}_{row['name']}"
        C.fixture(slug)(fn)


def R(kind: str, frm: str, subj: str, body: str, **o: Any) -> dict[str, Any]:
    lab = o.pop("lab", {})
    o.update(kind=kind, frm=frm, subj=subj, body=body)
    o["label"] = L(kind, **lab)
    return o


OOO = [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]


# ----------------------------------------------------------- minjiang (CN) --

MJ = "minjiang-optics.example"
register(
    "minjiang",
    {
        "name": "福州闽江光学仪器有限公司 Minjiang Optical Instruments (Fuzhou, Fujian) - microscopes and cameras",
        "domain": MJ,
        "tz": "+0800",
        "service_address": "service@" + MJ,
        "staff_domains": [MJ],
        "noreply_addresses": ["noreply@" + MJ],
        "catalog": ["XSZ-500", "BM-2000 Pro", "MJ-Cam 5M", "LED-Ring 60", "SZM-45T"],
    },
    [
        R("new_request", "陈晓燕 <chenxy@fjmu-lab.example>", "显微镜视野发暗",
          "您好：\n\n我们实验室去年买的XSZ-500，最近视野越来越暗，灯调到最亮也看不清，换了灯泡也一样。"
          "机身编号 MJ2341-7KQ2，合同号 MJHT-2025-0388。\n\n麻烦尽快安排维修，谢谢！\n\n陈晓燕\n福建医科大学 病理实验室\n电话 0591-2286 7710",
          cs="gbk", cte="b64", style="foxmail",
          lab=dict(cust="chenxy@fjmu-lab.example", orders=["MJHT-2025-0388"], serials=["MJ2341-7KQ2"], models=["XSZ-500"],
                   cat="optical_performance", kw=["视野越来越暗"], lang="zh")),
        R("new_request", "刘工 <liu.gong@xm-pcb.example>", "体视镜调焦松了",
          "你好，SZM-45T 调焦旋钮松了，镜头自己往下滑，锁紧也没用。编号mj2405-a3zz，订单SO260211。",
          cs="gb2312", cte="qp",
          lab=dict(cust="liu.gong@xm-pcb.example", orders=["SO260211"], serials=["mj2405-a3zz"], models=["SZM-45T"],
                   cat="physical_damage", kw=["调焦旋钮松了"], lang="zh")),
        R("new_request", "王喆 <wangzhe@nb-biotech.example>", "相机无法连接电脑",
          "您好，MJ-Cam 5M 插上USB以后电脑没反应，换了两台电脑和数据线都一样，指示灯不亮。\n序列号：MJ2412-0B7C\n合同号：MJHT-2026-0057\n王喆",
          cs="gbk", cslabel="gb2312", cte="b64",
          lab=dict(cust="wangzhe@nb-biotech.example", orders=["MJHT-2026-0057"], serials=["MJ2412-0B7C"], models=["MJ-Cam 5M"],
                   cat="no_link", kw=["电脑没反应"], lang="zh")),
        R("new_request", "Dr. Priya Nair <priya.nair@kochi-path.example>", "BM-2000 Pro stage problem",
          "Dear Minjiang service,\n\nThe mechanical stage of our BM-2000 Pro jerks when we move it in the Y direction and "
          "the slide holder has a crack. It arrived like this, we think it happened in transit.\n"
          "Serial: MJ2419-QQ41\nOur PO: KPL/PUR/2026/044\n\nPhotos attached.\n\nRegards,\nDr. Priya Nair\nKochi Pathology Labs",
          photos=2,
          lab=dict(cust="priya.nair@kochi-path.example", orders=["KPL/PUR/2026/044"], serials=["MJ2419-QQ41"],
                   models=["BM-2000 Pro"], cat="physical_damage", kw=["slide holder has a crack"])),
        R("new_request", "张敏 <zhangmin88@qq.example>", "环形灯不亮了",
          "客服你好，我买的LED-Ring 60 用了两个月，今天插上电完全不亮，控制器上的数字也不显示。淘宝订单号 2398471120563390117。",
          cs="gb18030", cte="b64", style="qq",
          lab=dict(cust="zhangmin88@qq.example", orders=["2398471120563390117"], models=["LED-Ring 60"],
                   cat="no_power", kw=["完全不亮"], lang="zh")),
        R("new_request", "黄志强 <huangzq@gz-jewel.example>", "XSZ-500 软件闪退",
          "你好，用你们的测量软件 MJView 3.2 拍照时软件经常闪退，升级到 3.3 还是一样。显微镜是 XSZ-500 配 MJ-Cam 5M，"
          "相机编号 MJ2352-K0P9。合同号 MJHT-2025-0612。请问有没有新版本？",
          cs="utf-8", cte="b64",
          lab=dict(cust="huangzq@gz-jewel.example", orders=["MJHT-2025-0612"], serials=["MJ2352-K0P9"],
                   models=["XSZ-500", "MJ-Cam 5M"], cat="software", kw=["软件经常闪退"], lang="zh")),
        R("new_request", "Nguyen Thi Lan <lan.nt@hue-uni.example>", "Microscope BM-2000 Pro: image blurry on one side",
          "Hello,\nwith the 40x objective half of the field is sharp and the other half blurry. With 10x it is ok. "
          "Serial MJ2338-1HW5, order SO251127.\nThank you,\nLan",
          lab=dict(cust="lan.nt@hue-uni.example", orders=["SO251127"], serials=["MJ2338-1HW5"], models=["BM-2000 Pro"],
                   cat="optical_performance", kw=["half of the field is sharp and the other half blurry"])),
        R("new_request", "周老师 <zhou.t@fz-school.example>", "想退修一台显微镜",
          "你好，我们学校有一台显微镜出了问题，想寄回去修，请问流程是怎样的？需要准备什么？",
          cs="gbk", cte="8bit",
          lab=dict(cust="zhou.t@fz-school.example", lang="zh")),
        R("new_request", "noreply@" + MJ, "[在线报修] 新工单 #58213",
          "在线报修表单提交：\n\n姓名: 吴俊\n邮箱: wujun@sm-steel.example\n电话: 138 0591 4472\n产品型号: SZM-45T\n"
          "机身编号: MJ2418-9TXA\n合同号: MJHT-2026-0120\n故障描述: 右边目镜里有一根黑线，转动目镜黑线跟着转\n",
          replyto="吴俊 <wujun@sm-steel.example>",
          lab=dict(cust="wujun@sm-steel.example", orders=["MJHT-2026-0120"], serials=["MJ2418-9TXA"], models=["SZM-45T"],
                   cat="optical_performance", kw=["右边目镜里有一根黑线"], lang="zh")),
        R("new_request", "Li Wei <liwei@sz-semi.example>", "MJ-Cam 5M 图像有 noise",
          "Hi, 我们的 MJ-Cam 5M 最近 image 上有很多 noise 和竖条纹, exposure 调低也一样. SN: MJ2401-ZZ07. PO: SZS-PO-26-0193. Thanks",
          lab=dict(cust="liwei@sz-semi.example", orders=["SZS-PO-26-0193"], serials=["MJ2401-ZZ07"], models=["MJ-Cam 5M"],
                   cat="optical_performance", kw=["竖条纹"], lang="mixed")),
        R("new_request", "林静 <linjing@pt-shoes.example>", "收到的货少了配件",
          "您好，合同号 MJHT-2026-0163 的三台 XSZ-500 今天到了，但是箱子里没有 100 倍油镜和电源线，只有镜体。请补发。",
          cs="gbk", cte="qp", html=True,
          lab=dict(cust="linjing@pt-shoes.example", orders=["MJHT-2026-0163"], models=["XSZ-500"],
                   cat="wrong_or_missing_item", kw=["没有 100 倍油镜和电源线"], lang="zh")),
        R("forwarded", "销售部 郑伟 <zhengwei@" + MJ + ">", "转发: 显微镜灯闪",
          "麻烦售后处理一下，客户比较急。\n\n郑伟\n\n------------------ 原始邮件 ------------------\n"
          "发件人: \"何丽\"<heli@qz-hospital.example>;\n发送时间: 2026年11月3日(星期二) 上午9:41\n收件人: \"郑伟\"<zhengwei@" + MJ + ">;\n"
          "主题: 显微镜灯闪\n\n郑经理您好，我们科室的 BM-2000 Pro 灯一闪一闪的，用十几分钟就开始闪，关机再开又好了。机身编号 MJ2336-G8R1。\n何丽",
          cs="gbk", cte="b64", style="foxmail",
          lab=dict(cust="heli@qz-hospital.example", fwd="zhengwei@" + MJ, serials=["MJ2336-G8R1"], models=["BM-2000 Pro"],
                   cat="intermittent", kw=["灯一闪一闪的"], lang="zh")),
        R("forwarded", "Chen Hao <chenhao@" + MJ + ">", "Fwd: microscope camera dead",
          "请售后跟进，谢谢\n\n---------- Forwarded message ---------\nFrom: Ahmed Saleh <a.saleh@cairo-labs.example>\n"
          "Date: Mon, 2 Nov 2026 at 15:20\nSubject: microscope camera dead\nTo: Chen Hao <chenhao@" + MJ + ">\n\n"
          "Dear Mr Chen,\nthe MJ-Cam 5M we received last month stopped working, no light on it and the PC does not see it. "
          "Serial MJ2420-5D3M, our order CL-2026-118.\nBest regards\nAhmed Saleh",
          style="gmail",
          lab=dict(cust="a.saleh@cairo-labs.example", fwd="chenhao@" + MJ, orders=["CL-2026-118"], serials=["MJ2420-5D3M"],
                   models=["MJ-Cam 5M"], cat="no_power", kw=["no light on it"], lang="mixed")),
        R("forwarded", "郑伟 <zhengwei@" + MJ + ">", "Fw: 体视镜退货",
          "转售后。\n\n",
          cs="gbk", cte="b64", style="netease",
          rfc=("蔡先生 <cai@jj-watch.example>", "体视镜退货",
               "你好，SZM-45T 左右两个目镜看到的像对不上，看久了头晕。合同号 MJHT-2026-0091。"),
          rfc_cs="gbk",
          lab=dict(cust="cai@jj-watch.example", fwd="zhengwei@" + MJ, orders=["MJHT-2026-0091"], models=["SZM-45T"],
                   cat="optical_performance", kw=["左右两个目镜看到的像对不上"], lang="zh")),
        R("follow_up", "陈晓燕 <chenxy@fjmu-lab.example>", "回复: RMA-2026-61204 显微镜视野发暗",
          "好的，已经按你们说的寄出了，顺丰单号 SF1428736450219。\n\n\n"
          "------------------ 原始邮件 ------------------\n发件人: service@" + MJ + "\n主题: RMA-2026-61204 显微镜视野发暗\n\n"
          "陈老师您好，请将显微镜寄回我司维修，请在箱内附上RMA单。",
          cs="gbk", cte="b64", style="foxmail",
          lab=dict(cust="chenxy@fjmu-lab.example", tracking=["SF1428736450219"], rma="RMA-2026-61204", lang="zh")),
        R("follow_up", "Dr. Priya Nair <priya.nair@kochi-path.example>", "Re: RMA-2026-61188 BM-2000 Pro stage problem",
          "Thank you. Do we need to send the objectives too, or only the stand?\n\nPriya\n\n"
          "On Wed, 4 Nov 2026, Minjiang Service wrote:\n> Dear Dr Nair,\n> your return is registered as RMA-2026-61188.\n"
          "> Please pack the microscope in the original box.",
          lab=dict(cust="priya.nair@kochi-path.example", rma="RMA-2026-61188", models=["BM-2000 Pro"])),
        R("follow_up", "刘工 <liu.gong@xm-pcb.example>", "Re: RMA-2026-61230",
          "收到，谢谢。\n\n> 刘工您好，体视镜已修好，今天用中通寄回，单号 75290188374621。\n> 闽江光学售后",
          cs="gb2312", cte="qp",
          lab=dict(cust="liu.gong@xm-pcb.example", rma="RMA-2026-61230", lang="zh")),
        R("order_status", "采购 马丽 <mali@fz-cdc.example>", "询问发货时间 合同号MJHT-2026-0144",
          "你好，我们合同号MJHT-2026-0144的五台BM-2000 Pro付款已经两周了，请问什么时候发货？",
          cs="gbk", cte="b64",
          lab=dict(cust="mali@fz-cdc.example", orders=["MJHT-2026-0144"], models=["BM-2000 Pro"], lang="zh")),
        R("order_status", "Kevin Tan <kevin@penang-instr.example>", "Shipment status SO260302",
          "Hi, any update on our order SO260302 (2 units SZM-45T)? Can you share the tracking number please.\nKevin",
          lab=dict(cust="kevin@penang-instr.example", orders=["SO260302"], models=["SZM-45T"])),
        R("order_status", "吴俊 <wujun@sm-steel.example>", "维修进度",
          "你好，上个月寄回去修的体视镜 SZM-45T 修得怎么样了？大概什么时候能寄回？",
          cs="utf-8", cte="8bit",
          lab=dict(cust="wujun@sm-steel.example", models=["SZM-45T"], lang="zh")),
        R("auto_reply", "heli@qz-hospital.example", "自动回复: RMA-2026-61215",
          "您好，我这周在外地参加培训，11月9日回来，急事请联系科室电话。",
          cs="gbk", cte="b64", extra=OOO,
          lab=dict(cust="heli@qz-hospital.example", rma="RMA-2026-61215", lang="zh")),
        R("auto_reply", "oa@fjmu-lab.example", "[OA系统] 您的邮件已收到 RMA-2026-61204",
          "本邮件由系统自动发送，请勿回复。您的来信已登记，编号 OA-20261105-0031。",
          cs="utf-8", cte="b64", extra=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")],
          lab=dict(cust="oa@fjmu-lab.example", rma="RMA-2026-61204", lang="zh")),
        R("bounce", "MAILER-DAEMON@mx1." + MJ, "Undelivered Mail Returned to Sender",
          "This is the mail system at host mx1." + MJ + ".\n\nI'm sorry to have to inform you that your message could not\n"
          "be delivered to one or more recipients.\n\n<lab-old@fjmu-lab.example>: host mx.fjmu-lab.example said: 550 user unknown",
          dsn="lab-old@fjmu-lab.example", orig_subj="Re: RMA-2026-61204 显微镜视野发暗",
          lab=dict()),
        R("unrelated", "市场部 <market@nj-lens.example>", "镜头代工合作",
          "贵司好，我司专业代工光学镜头和目镜，价格优惠，交期快，附件是我司产品介绍，期待合作。",
          cs="gbk", cte="b64", pdf="catalog_2026.pdf",
          lab=dict(lang="zh")),
        R("unrelated", "财务 <finance@fjmu-lab.example>", "付款通知 合同号MJHT-2026-0201",
          "您好，合同号MJHT-2026-0201的货款人民币38,600.00元已于今日通过对公转账支付，请查收并开具增值税专用发票。",
          cs="gbk", cte="qp",
          lab=dict(lang="zh")),
        R("unrelated", "Tom Becker <tom.becker@labsource.example>", "Distributor enquiry for Germany",
          "Hello, we are a lab equipment distributor in Germany and would like to carry the BM-2000 Pro. "
          "Could you send price list and distributor conditions?",
          lab=dict()),
        R("unrelated", "招聘 <hr-apply@163.example>", "应聘光学工程师-李明",
          "您好，我看到贵司在招聘光学工程师，附件是我的简历，期待您的回复。",
          cs="gbk", cte="b64", style="netease", pdf="resume.pdf",
          lab=dict(lang="zh")),
        R("unrelated", "noreply@sf-express.example", "顺丰速运：您的快件已签收",
          "您的快件 SF1428736459980 已于 11月05日 14:32 签收，签收人：前台。感谢使用顺丰速运。",
          cs="utf-8", cte="b64", html=True,
          lab=dict(lang="zh")),
        R("unrelated", "Wang Fang <wangfang@cn-expo.example>", "2027中国光博会展位邀请",
          "尊敬的客户，2027年中国国际光电博览会现已开放展位预订，欢迎贵司参展。",
          cs="utf-8", cte="b64",
          lab=dict(lang="zh")),
    ],
)


# ------------------------------------------------------------- jinsha (CN) --

JS = "jinsha-instr.example"
register(
    "jinsha",
    {
        "name": "成都金沙电子仪器有限公司 Jinsha Electronic Instruments (Chengdu, Sichuan) - oscilloscopes and bench instruments",
        "domain": JS,
        "tz": "+0800",
        "service_address": "shouhou@" + JS,
        "staff_domains": [JS],
        "noreply_addresses": ["no-reply@" + JS],
        "catalog": ["JDS-2204A", "JDS-1102E", "SG-3060", "JM-87 Plus", "JPS-3005"],
    },
    [
        R("new_request", "杨帆 <yangfan@cq-motor.example>", "示波器开不了机",
          "你好，\n公司的JDS-2204A示波器今天早上按电源键没有任何反应，风扇也不转，换了插座和电源线都一样。\n"
          "仪器背面条码：0823J05417\n销售单号：XS2611-073\n\n杨帆 设备科\n重庆某电机有限公司\n手机：139 8362 1145",
          cs="gbk", cte="b64", style="foxmail",
          lab=dict(cust="yangfan@cq-motor.example", orders=["XS2611-073"], serials=["0823J05417"], models=["JDS-2204A"],
                   cat="no_power", kw=["按电源键没有任何反应"], lang="zh")),
        R("new_request", "程序 <chengxu@xa-edu.example>", "信号发生器输出幅度不对",
          "老师好，SG-3060 输出 1Vpp 正弦波，用示波器测只有 0.6Vpp 左右，两个通道都这样，已经排除了负载设置问题。编号 0424J00187，合同 XS2603-112。",
          cs="gb2312", cte="b64",
          lab=dict(cust="chengxu@xa-edu.example", orders=["XS2603-112"], serials=["0424J00187"], models=["SG-3060"],
                   cat="other", kw=["只有 0.6Vpp 左右"], lang="zh")),
        R("new_request", "赵磊 <zhaolei@km-power.example>", "万用表屏幕碎了",
          "你好，收到的 JM-87 Plus 屏幕是碎的，外箱也压扁了，应该是快递压坏的，照片见附件。京东订单 301884527716。",
          cs="utf-8", cte="b64", photos=2, style="qq",
          lab=dict(cust="zhaolei@km-power.example", orders=["301884527716"], models=["JM-87 Plus"],
                   cat="physical_damage", kw=["屏幕是碎的"], lang="zh")),
        R("new_request", "孙倩 <sunqian@gy-lab.example>", "电源输出不稳定",
          "您好！JPS-3005 设定 12V 输出，带载以后电压会突然跳到 0 再恢复，大概每半小时一次，做老化测试没法用。"
          "序列号 0124J03362。谢谢！",
          cs="gbk", cte="qp",
          lab=dict(cust="sunqian@gy-lab.example", serials=["0124J03362"], models=["JPS-3005"],
                   cat="intermittent", kw=["电压会突然跳到 0 再恢复"], lang="zh")),
        R("new_request", "Rahul Verma <rahul@vtech-edu.example>", "JDS-1102E LAN not working",
          "Hello Jinsha team,\n\nOur JDS-1102E does not get an IP address on the LAN port, the link LED stays off. "
          "USB works fine. Tried DHCP and static IP.\nSerial no. 0923J11820, invoice/order XS2609-041.\n\nThanks\nRahul Verma\nLab in-charge",
          lab=dict(cust="rahul@vtech-edu.example", orders=["XS2609-041"], serials=["0923J11820"], models=["JDS-1102E"],
                   cat="no_link", kw=["does not get an IP address"])),
        R("new_request", "何工 <he.gong@cd-avionics.example>", "示波器升级固件后无法启动",
          "你好，JDS-2204A 按说明书升级到 V2.06 固件，重启后一直停在开机logo界面，进不去。编号0224J00951。合同号JSHT-CD-2026-0033。",
          cs="gbk", cte="b64",
          lab=dict(cust="he.gong@cd-avionics.example", orders=["JSHT-CD-2026-0033"], serials=["0224J00951"],
                   models=["JDS-2204A"], cat="software", kw=["一直停在开机logo界面"], lang="zh")),
        R("new_request", "王海 <wanghai@lz-rail.example>", "发错货了",
          "你好，我们订的是 JDS-2204A 四通道的，收到的是 JDS-1102E 两通道的。销售单 XS2610-204，麻烦换货。",
          cs="gb18030", cte="8bit",
          lab=dict(cust="wanghai@lz-rail.example", orders=["XS2610-204"], models=["JDS-2204A", "JDS-1102E"],
                   cat="wrong_or_missing_item", kw=["收到的是 JDS-1102E 两通道的"], lang="zh")),
        R("new_request", "no-reply@" + JS, "在线报修：JM-87 Plus",
          "官网报修单\n\n联系人: 钱学文\n邮箱: qianxw@nc-elec.example\n产品: JM-87 Plus\n序列号: 1023j07744\n购买渠道: 天猫\n"
          "问题描述: 测电阻档读数一直跳，短接表笔也不归零\n",
          replyto="qianxw@nc-elec.example",
          lab=dict(cust="qianxw@nc-elec.example", serials=["1023j07744"], models=["JM-87 Plus"],
                   cat="other", kw=["短接表笔也不归零"], lang="zh")),
        R("new_request", "Ivan Petrov <ivan.p@ural-tech.example>", "oscilloscope channel 3 noise",
          "Hi, on JDS-2204A channel 3 shows a lot of noise (about 50 mV) even with probe removed, other channels are clean. "
          "SN 0623J02230\nBR Ivan",
          lab=dict(cust="ivan.p@ural-tech.example", serials=["0623J02230"], models=["JDS-2204A"],
                   cat="other", kw=["channel 3 shows a lot of noise"])),
        R("new_request", "蒋欣 <jiangxin@hz-iot.example>", "SG-3060 上位机连不上",
          "你好，SG-3060 用 USB 连接电脑，上位机软件显示 device not found，驱动也装了。型号 SG-3060，S/N 0524J01105，PO HZIOT-2026-0218。",
          cs="utf-8", cte="qp", alt=True,
          lab=dict(cust="jiangxin@hz-iot.example", orders=["HZIOT-2026-0218"], serials=["0524J01105"], models=["SG-3060"],
                   cat="no_link", kw=["device not found"], lang="mixed")),
        R("new_request", "罗军 <luojun@my-factory.example>", "仪器返修",
          "你好，我们有三台电源要返修，JPS-3005，编号 0124J03370、0124J03371、0124J03375，都是显示屏不亮但是有输出。合同号 XS2601-018。",
          cs="gbk", cte="b64",
          lab=dict(cust="luojun@my-factory.example", orders=["XS2601-018"], serials=["0124J03370", "0124J03371", "0124J03375"],
                   models=["JPS-3005"], cat="other", kw=["显示屏不亮但是有输出"], lang="zh")),
        R("new_request", "Amelia Grant <a.grant@uniscope.example>", "Return request",
          "Hi, we would like to return an oscilloscope for repair. What information do you need from us?\nAmelia Grant\nUniscope Pty Ltd\n+61 8 9234 5512",
          lab=dict(cust="a.grant@uniscope.example")),
        R("forwarded", "销售 冯洁 <fengjie@" + JS + ">", "转发：万用表不显示",
          "售后同事帮忙处理下。\n\n-------- 转发邮件信息 --------\n发件人：\"唐老师\" <tang@sc-voc.example>\n发送日期：2026-11-04 10:22:15\n"
          "收件人：fengjie@" + JS + "\n主题：万用表不显示\n\n冯经理好，学校买的 JM-87 Plus 有 6 台开机就黑屏，换了新电池也不行。"
          "编号 1023J07801 到 1023J07806。合同号 XS2610-330。",
          cs="gbk", cte="b64", style="netease",
          lab=dict(cust="tang@sc-voc.example", fwd="fengjie@" + JS, orders=["XS2610-330"],
                   serials=rng("1023J0", 7801, 7806, 4), models=["JM-87 Plus"], cat="no_power", kw=["开机就黑屏"], lang="zh",
                   expanded=rng("1023J0", 7802, 7805, 4))),
        R("forwarded", "Leo Zhang <leo.zhang@" + JS + ">", "FW: Waveform generator issue",
          "Service pls check.\n\nLeo\n\nFrom: Marta Kowalczyk <m.kowalczyk@polytest.example>\nSent: Tuesday, November 3, 2026 9:05 AM\n"
          "To: Leo Zhang <leo.zhang@" + JS + ">\nSubject: Waveform generator issue\n\nHello Leo,\nthe SG-3060 frequency drifts by several kHz "
          "after warming up for one hour. Serial 0424J00210, PO PT/26/0771.\nRegards, Marta",
          style="outlook",
          lab=dict(cust="m.kowalczyk@polytest.example", fwd="leo.zhang@" + JS, orders=["PT/26/0771"], serials=["0424J00210"],
                   models=["SG-3060"], cat="other", kw=["frequency drifts by several kHz"])),
        R("forwarded", "冯洁 <fengjie@" + JS + ">", "Fwd: 示波器按键失灵",
          "转售后\n\n发自我的iPhone\n\n以下是转发的邮件：\n\n发件人: 邓刚 <denggang@gz-auto.example>\n日期: 2026年11月5日 GMT+8 16:40:11\n"
          "收件人: fengjie@" + JS + "\n主题: 示波器按键失灵\n\n冯工，JDS-1102E 的 Run/Stop 键按了没反应，其他键正常。序号 0923J11902。",
          style="apple",
          lab=dict(cust="denggang@gz-auto.example", fwd="fengjie@" + JS, serials=["0923J11902"], models=["JDS-1102E"],
                   cat="other", kw=["Run/Stop 键按了没反应"], lang="zh")),
        R("follow_up", "杨帆 <yangfan@cq-motor.example>", "回复：RMA-2026-70315 示波器开不了机",
          "示波器已经寄出，圆通 YT7512349081135，请查收。\n\n杨帆",
          cs="gbk", cte="b64", style="foxmail",
          lab=dict(cust="yangfan@cq-motor.example", tracking=["YT7512349081135"], rma="RMA-2026-70315", lang="zh")),
        R("follow_up", "Rahul Verma <rahul@vtech-edu.example>", "Re: RMA-2026-70322 JDS-1102E LAN not working",
          "> Could you please try a factory reset (Utility > Default) and tell us if the LAN port comes back?\n\n"
          "Done, still no link LED after the reset.\n\n> If not, please send the unit with the RMA form.\n\nOk, will arrange courier tomorrow.\n\nRahul",
          lab=dict(cust="rahul@vtech-edu.example", rma="RMA-2026-70322", models=["JDS-1102E"])),
        R("follow_up", "孙倩 <sunqian@gy-lab.example>", "Re: RMA-2026-70330",
          "请问修好的电源寄回时可以顺便带一根测试线吗？我们付费。\n\n在 2026-11-06 09:10，shouhou@" + JS + " 写道：\n"
          "> 孙工您好，电源已维修完毕，明天寄出。",
          cs="utf-8", cte="b64",
          lab=dict(cust="sunqian@gy-lab.example", rma="RMA-2026-70330", lang="zh")),
        R("order_status", "采购部 <caigou@xn-power.example>", "订单 XS2611-102 发货了吗",
          "你好，订单 XS2611-102 的 10 台 JPS-3005 说好上周发货，到现在还没收到物流信息，请告知单号。",
          cs="gbk", cte="b64",
          lab=dict(cust="caigou@xn-power.example", orders=["XS2611-102"], models=["JPS-3005"], lang="zh")),
        R("follow_up", "何工 <he.gong@cd-avionics.example>", "维修进度查询 RMA-2026-70341",
          "你好，想问一下 RMA-2026-70341 那台示波器现在什么进度？我们项目下周要用。",
          cs="gbk", cte="qp",
          lab=dict(cust="he.gong@cd-avionics.example", rma="RMA-2026-70341", lang="zh")),
        R("follow_up", "Amelia Grant <a.grant@uniscope.example>", "ETA of our replacement",
          "Hi, could you tell us when the replacement JDS-2204A for RMA-2026-70350 will ship? Thanks, Amelia",
          lab=dict(cust="a.grant@uniscope.example", rma="RMA-2026-70350", models=["JDS-2204A"])),
        R("auto_reply", "rahul@vtech-edu.example", "Out of office Re: RMA-2026-70322",
          "I am on leave till 16 Nov with limited access to mail. For urgent lab matters contact labdesk@vtech-edu.example.",
          extra=OOO, lab=dict(cust="rahul@vtech-edu.example", rma="RMA-2026-70322")),
        R("auto_reply", "service-desk@cd-avionics.example", "【工单已受理】RMA-2026-70341",
          "您好，您的邮件已进入我司IT服务台，工单号 SD-261106-0042，我们会尽快处理。此邮件为自动发送。",
          cs="gbk", cte="b64", extra=[("Auto-Submitted", "auto-replied")],
          lab=dict(cust="service-desk@cd-avionics.example", rma="RMA-2026-70341", lang="zh")),
        R("bounce", "postmaster@cq-motor.example", "系统退信",
          "很抱歉，您发送的邮件无法投递：收件人邮箱已满。\nThe recipient mailbox is full.",
          dsn="yangfan@cq-motor.example", status="5.2.2", diag="552 5.2.2 mailbox full",
          orig_subj="RMA-2026-70315 receipt", orig_body="您好，我们已收到您的示波器，序列号 0823J05417。\n",
          lab=dict()),
        R("unrelated", "张总 <zhang@sz-probe.example>", "探头采购报价",
          "您好，我司需要采购 200 支 100MHz 示波器探头，请报价，含税含运费。",
          cs="gbk", cte="b64",
          lab=dict(lang="zh")),
        R("unrelated", "no-reply@einvoice.example", "您收到一张电子发票",
          "您好，成都某贸易有限公司向您开具了一张电子发票，发票号码 26512000000048712239，金额 ¥1,280.00。",
          cs="utf-8", cte="b64",
          lab=dict(lang="zh")),
        R("unrelated", "Sandra Miles <sandra@expo-media.example>", "Exhibit at Electronica 2027?",
          "Dear Sir/Madam, space is still available in Hall A3 for Electronica 2027. Early-bird rates end on 30 November.",
          html=True, lab=dict()),
        R("unrelated", "黄经理 <huang@cd-parts.example>", "元器件现货 优势库存",
          "您好，我司有大量 ADI、TI 原装现货，价格优势明显，欢迎询价。QQ：2847719332",
          cs="gbk", cte="8bit",
          lab=dict(lang="zh")),
        R("unrelated", "何工 <he.gong@cd-avionics.example>", "请问JDS-2204A能不能测CAN总线",
          "你好，我们想再买两台，请问 JDS-2204A 有没有 CAN 总线解码功能？需要另外买授权吗？",
          cs="gbk", cte="b64",
          lab=dict(lang="zh")),
    ],
)


# ------------------------------------------------------------- anping (TW) --

AP = "anping-power.example"
register(
    "anping",
    {
        "name": "安平電能股份有限公司 Anping Power Co., Ltd. (Tainan, Taiwan) - lab power supplies and chargers",
        "domain": AP,
        "tz": "+0800",
        "service_address": "rma@" + AP,
        "staff_domains": [AP, "tw." + AP],
        "noreply_addresses": ["noreply@" + AP],
        "catalog": ["APS-3005D", "APS-6010 Pro", "PowerDesk 1200", "ChargeBox 48V"],
    },
    [
        R("new_request", "林佳蓉 <jr.lin@tn-robotics.example>", "電源供應器無輸出",
          "您好：\n\n本公司購買的 APS-6010 Pro 開機後面板正常顯示，但輸出端量不到電壓，OUTPUT 燈有亮。\n"
          "序號：AP7K3Z-0192\n訂單編號：S115-00425\n\n林佳蓉\n研發部\n(06)2XX-3381 分機 215",
          cs="big5", cte="b64",
          lab=dict(cust="jr.lin@tn-robotics.example", orders=["S115-00425"], serials=["AP7K3Z-0192"], models=["APS-6010 Pro"],
                   cat="other", kw=["輸出端量不到電壓"], lang="zh")),
        R("new_request", "陳冠宇 <gy.chen@kh-marine.example>", "充電器燒焦",
          "你好，ChargeBox 48V 充電到一半冒煙，外殼有燒焦味，插頭附近變黑。已停止使用。機身序號 ap2qr8-1174，照片如附件。",
          cs="big5", cte="qp", photos=3,
          lab=dict(cust="gy.chen@kh-marine.example", serials=["ap2qr8-1174"], models=["ChargeBox 48V"],
                   cat="physical_damage", kw=["外殼有燒焦味"], lang="zh")),
        R("new_request", "黃志明 <zm.huang@tc-semi.example>", "PowerDesk 1200 遠端控制斷線",
          "您好，PowerDesk 1200 透過 LAN 用 SCPI 控制，大約跑 2~3 小時就會斷線，要重新開機才能連上。"
          "序號 AP9B0C-0033，訂單 S115-00391，我方採購單 TCS-PO-11511-07。",
          cs="big5", cte="b64",
          lab=dict(cust="zm.huang@tc-semi.example", orders=["S115-00391", "TCS-PO-11511-07"], serials=["AP9B0C-0033"],
                   models=["PowerDesk 1200"], cat="intermittent", kw=["大約跑 2~3 小時就會斷線"], lang="zh")),
        R("new_request", "Jason Wu <jason.wu@hsinchu-ic.example>", "APS-3005D fan noise & shutdown",
          "Hi 安平, our APS-3005D fan makes a loud grinding noise and the unit shuts down with OTP on the display after ~20 min. 麻煩幫忙看一下。"
          "S/N AP4M1X-0781. Thanks, Jason",
          lab=dict(cust="jason.wu@hsinchu-ic.example", serials=["AP4M1X-0781"], models=["APS-3005D"],
                   cat="other", kw=["loud grinding noise"], lang="mixed")),
        R("new_request", "王淑芬 <sf.wang@tp-school.example>", "少了配件",
          "您好，訂單 S115-00502 共 10 台 APS-3005D 已收到，但是每台都沒有附測試線，說明書也沒有。請協助補寄，謝謝。",
          cs="big5", cte="8bit",
          lab=dict(cust="sf.wang@tp-school.example", orders=["S115-00502"], models=["APS-3005D"],
                   cat="wrong_or_missing_item", kw=["都沒有附測試線"], lang="zh")),
        R("new_request", "Somchai Prasert <somchai@bkk-lab.example>", "PowerDesk 1200 won't turn on",
          "Dear Anping,\n\nPowerDesk 1200 no power at all. Main switch on, nothing lights. Fuse checked - ok.\n"
          "Serial: AP9B0C-0117\nOrder: S115-00288\n\nSomchai Prasert\nBangkok Lab Supply Co., Ltd.\nTax ID 0105558123456",
          lab=dict(cust="somchai@bkk-lab.example", orders=["S115-00288"], serials=["AP9B0C-0117"], models=["PowerDesk 1200"],
                   cat="no_power", kw=["nothing lights"])),
        R("new_request", "noreply@" + AP, "[網站表單] 維修申請",
          "網站維修申請表\n\n姓名: 張雅婷\nE-mail: yt.chang@ty-auto.example\n產品型號: APS-6010 Pro\n產品序號: AP7K3Z-0240\n"
          "訂單號碼: S115-00377\n問題說明: 韌體更新到 1.4.2 後面板按鍵全部失效，只能用遠端控制\n",
          cs="big5", cte="b64", replyto="yt.chang@ty-auto.example",
          lab=dict(cust="yt.chang@ty-auto.example", orders=["S115-00377"], serials=["AP7K3Z-0240"], models=["APS-6010 Pro"],
                   cat="software", kw=["面板按鍵全部失效"], lang="zh")),
        R("new_request", "李國華 <kh.lee@hk-power.example>", "電源電流顯示唔準",
          "你好，APS-3005D 電流顯示同實際差好遠，接 1A 負載只顯示 0.62A。序號 AP4M1X-0802。",
          cs="big5", cte="b64",
          lab=dict(cust="kh.lee@hk-power.example", serials=["AP4M1X-0802"], models=["APS-3005D"],
                   cat="other", kw=["只顯示 0.62A"], lang="zh")),
        R("new_request", "吳建志 <jz.wu@yl-farm.example>", "充電器問題",
          "您好，我們的充電器最近怪怪的，想送修，請問要怎麼處理？",
          cs="big5", cte="qp",
          lab=dict(cust="jz.wu@yl-farm.example", lang="zh")),
        R("new_request", "Maria Santos <m.santos@manila-ev.example>", "ChargeBox 48V not charging",
          "Hello,\n<b>ChargeBox 48V</b> shows full green light immediately when connected to battery but does not charge. "
          "Battery is at 30%.\nSN AP2QR8-1190 / AP2QR8-1191 (both same)\nPO MEV-2026-0094\nMaria",
          html=True,
          lab=dict(cust="m.santos@manila-ev.example", orders=["MEV-2026-0094"], serials=["AP2QR8-1190", "AP2QR8-1191"],
                   models=["ChargeBox 48V"], cat="other", kw=["does not charge"])),
        R("new_request", "蔡明哲 <mz.tsai@tn-univ.example>", "APS-6010 Pro 連不上電腦",
          "老師好，APS-6010 Pro USB 接電腦，裝了驅動還是抓不到 COM port。序號 AP7K3Z-0311。",
          cs="utf-8", cte="b64",
          lab=dict(cust="mz.tsai@tn-univ.example", serials=["AP7K3Z-0311"], models=["APS-6010 Pro"],
                   cat="no_link", kw=["抓不到 COM port"], lang="zh")),
        R("forwarded", "業務 鄭怡君 <yj.cheng@" + AP + ">", "FW: 電源供應器故障",
          "麻煩 RMA 同仁協助，謝謝。\n\n怡君\n\n-----Original Message-----\nFrom: 謝宗翰 <zh.hsieh@cy-optic.example>\n"
          "Sent: Wednesday, November 4, 2026 2:11 PM\nTo: 鄭怡君 <yj.cheng@" + AP + ">\nSubject: 電源供應器故障\n\n"
          "怡君你好，APS-3005D 第二組輸出調不上去，最高只到 8V。序號 AP4M1X-0655，訂單 S115-00190。",
          cs="big5", cte="b64", style="outlook",
          lab=dict(cust="zh.hsieh@cy-optic.example", fwd="yj.cheng@" + AP, orders=["S115-00190"], serials=["AP4M1X-0655"],
                   models=["APS-3005D"], cat="other", kw=["最高只到 8V"], lang="zh")),
        R("forwarded", "Ken Liao <ken.liao@tw." + AP + ">", "Fwd: Charger damaged in shipment",
          "Pls open RMA.\n\n-------- Forwarded Message --------\nSubject: Charger damaged in shipment\nDate: Thu, 5 Nov 2026 09:12:40 +0100\n"
          "From: Klaus Meyer <k.meyer@ebike-werk.example>\nTo: Ken Liao <ken.liao@tw." + AP + ">\n\nHi Ken,\n"
          "two ChargeBox 48V arrived with broken housing and loose parts inside. Our order S115-00451.\nKlaus",
          style="tb",
          lab=dict(cust="k.meyer@ebike-werk.example", fwd="ken.liao@tw." + AP, orders=["S115-00451"], models=["ChargeBox 48V"],
                   cat="physical_damage", kw=["broken housing"])),
        R("forwarded", "鄭怡君 <yj.cheng@" + AP + ">", "轉寄: 詢問維修",
          "請協助\n\n----- 轉寄的郵件 -----\n寄件者: 許先生\n日期: 2026/11/5 10:03\n主旨: 詢問維修\n\n"
          "你好，我們公司的 PowerDesk 1200 按開關沒反應，請問怎麼送修？許先生 0912-345-678",
          cs="big5", cte="qp",
          lab=dict(cust=None, fwd="yj.cheng@" + AP, models=["PowerDesk 1200"], cat="no_power", kw=["按開關沒反應"], lang="zh")),
        R("follow_up", "林佳蓉 <jr.lin@tn-robotics.example>", "RE: RMA-2026-20418 電源供應器無輸出",
          "已寄出，黑貓宅急便單號 901345287716。\n\n-----Original Message-----\nFrom: rma@" + AP + "\nSubject: RMA-2026-20418\n\n"
          "林小姐您好，請將機台寄回，並附上 RMA 單。",
          cs="big5", cte="b64", style="outlook",
          lab=dict(cust="jr.lin@tn-robotics.example", tracking=["901345287716"], rma="RMA-2026-20418", lang="zh")),
        R("follow_up", "Somchai Prasert <somchai@bkk-lab.example>", "Re: RMA-2026-20425",
          "Noted with thanks.\n\nOn 6 Nov 2026 at 10:02, rma@" + AP + " wrote:\n> Dear Somchai,\n> the replacement unit will ship next week.\n"
          "> Regards, Anping RMA",
          lab=dict(cust="somchai@bkk-lab.example", rma="RMA-2026-20425")),
        R("follow_up", "黃志明 <zm.huang@tc-semi.example>", "Re: RMA-2026-20433 PowerDesk 1200 遠端控制斷線",
          "> 請問目前使用的韌體版本？\n1.3.8\n> 是否使用固定 IP？\n是，192.168.10.20\n\n謝謝",
          cs="big5", cte="qp",
          lab=dict(cust="zm.huang@tc-semi.example", rma="RMA-2026-20433", models=["PowerDesk 1200"], lang="zh")),
        R("order_status", "採購 周小姐 <purchase@ks-elec.example>", "訂單 S115-00533 交期",
          "您好，請問訂單 S115-00533 的 APS-6010 Pro 五台預計何時出貨？謝謝。",
          cs="big5", cte="b64",
          lab=dict(cust="purchase@ks-elec.example", orders=["S115-00533"], models=["APS-6010 Pro"], lang="zh")),
        R("order_status", "Maria Santos <m.santos@manila-ev.example>", "repair status",
          "Hi, any news on the two ChargeBox 48V chargers we sent back for repair? They were delivered to you last Friday per DHL.",
          lab=dict(cust="m.santos@manila-ev.example", models=["ChargeBox 48V"])),
        R("follow_up", "李國華 <kh.lee@hk-power.example>", "維修進度",
          "請問 RMA-2026-20447 修好未？幾時寄返？",
          cs="big5", cte="8bit",
          lab=dict(cust="kh.lee@hk-power.example", rma="RMA-2026-20447", lang="zh")),
        R("auto_reply", "jason.wu@hsinchu-ic.example", "自動回覆: RMA-2026-20429",
          "I am out of office until Nov 12. 我將於 11/12 回到辦公室，緊急事項請聯絡分機 330。",
          cs="big5", cte="b64", extra=OOO,
          lab=dict(cust="jason.wu@hsinchu-ic.example", rma="RMA-2026-20429", lang="mixed")),
        R("auto_reply", "erp-notify@tc-semi.example", "[ERP] 來信已登錄 RMA-2026-20433",
          "此為 ERP 系統自動通知：來信已登錄於供應商案件 SQ-11511-0093，請勿回覆本信。",
          cs="big5", cte="qp", extra=[("Auto-Submitted", "auto-generated")],
          lab=dict(cust="erp-notify@tc-semi.example", rma="RMA-2026-20433", lang="zh")),
        R("bounce", "Mail Delivery System <MAILER-DAEMON@" + AP + ">", "Delivery Status Notification (Failure)",
          "Delivery to the following recipient failed permanently:\n\n    jz.wu@yl-farm.example\n\n"
          "Technical details: DNS Error: domain yl-farm.example not found.",
          dsn="jz.wu@yl-farm.example", status="5.1.2", diag="550 5.1.2 host not found",
          lab=dict()),
        R("unrelated", "行銷部 <marketing@" + AP + ">", "安平電能 11 月電子報",
          "新品上市：APS-6010 Pro 新增序列控制功能。年底促銷活動即將開始！取消訂閱請按此。",
          cs="big5", cte="b64", html=True,
          lab=dict(lang="zh")),
        R("unrelated", "會計 <acct@tn-robotics.example>", "匯款通知",
          "您好，本公司已於 11/05 匯款 NT$128,500 支付訂單 S115-00425 貨款，請查收並開立發票。",
          cs="big5", cte="qp",
          lab=dict(lang="zh")),
        R("unrelated", "Eric Tseng <eric@pcb-quote.example>", "PCB 報價",
          "您好，我們是 PCB 打樣廠，4 層板 5 天交期，歡迎來圖報價。",
          cs="big5", cte="b64",
          lab=dict(lang="zh")),
        R("unrelated", "survey@tcat-express.example", "黑貓宅急便 服務滿意度調查",
          "感謝您使用黑貓宅急便，請花 1 分鐘填寫滿意度問卷。",
          cs="utf-8", cte="b64", html=True,
          lab=dict(lang="zh")),
        R("unrelated", "Linda Park <linda@intl-dist.example>", "Quote for 20x APS-3005D",
          "Hello, please quote 20 units APS-3005D with 220V input, delivery to Busan, incoterm CIF.",
          lab=dict()),
    ],
)


# -------------------------------------------------------------- bajio (MX) --

BJ = "bajio-instrumentos.example"
register(
    "bajio",
    {
        "name": "Bajío Instrumentos S.A. de C.V. (Querétaro, Mexico) - temperature and humidity data loggers",
        "domain": BJ,
        "tz": "-0600",
        "service_address": "garantias@" + BJ,
        "staff_domains": [BJ],
        "noreply_addresses": ["no-responder@" + BJ],
        "catalog": ["TermoLog T8", "HumiLog H2", "Gateway G4", "TL-Probe 30"],
    },
    [
        R("new_request", "Ing. Laura Méndez <lmendez@farmacias-centro.example>", "Registrador TermoLog T8 no enciende",
          "Buenas tardes,\n\nEl registrador TermoLog T8 de la cámara fría 2 dejó de encender. Le cambiamos las pilas y la pantalla sigue "
          "apagada, no parpadea ningún LED.\n\nNo. de serie: BJQ-240315-A12\nOrden de venta: OV-01577/26\nNuestra OC: 4501-26\n\n"
          "Saludos cordiales,\nIng. Laura Méndez\nAseguramiento de Calidad\nTel. +52 442 215 8830\nRFC FCE0912037K4",
          lab=dict(cust="lmendez@farmacias-centro.example", orders=["OV-01577/26", "4501-26"], serials=["BJQ-240315-A12"],
                   models=["TermoLog T8"], cat="no_power", kw=["dejó de encender"])),
        R("new_request", "Jorge Rangel <jrangel@lacteos-rangel.example>", "lecturas de humedad raras",
          "Hola, el HumiLog H2 marca 99% de humedad todo el tiempo aunque el cuarto está seco, comparado con un higrómetro "
          "nos da 45%. Serie bjq-250102-c07.\nGracias",
          lab=dict(cust="jrangel@lacteos-rangel.example", serials=["bjq-250102-c07"], models=["HumiLog H2"],
                   cat="other", kw=["marca 99% de humedad todo el tiempo"])),
        R("new_request", "Andrea Villalobos <avillalobos@vacunas-norte.example>", "Gateway G4 sin conexión a la nube",
          "Buen día,\nel Gateway G4 perdió la conexión con la plataforma desde el lunes, el LED de red parpadea en rojo. "
          "Ya reiniciamos el router y el equipo.\nSerie BJQ-241120-B03, pedido OV-01402/26.\nSaludos\nAndrea",
          alt=True,
          lab=dict(cust="avillalobos@vacunas-norte.example", orders=["OV-01402/26"], serials=["BJQ-241120-B03"],
                   models=["Gateway G4"], cat="no_link", kw=["perdió la conexión con la plataforma"])),
        R("new_request", "Ricardo Ortega <rortega@citricos-mx.example>", "sondas dañadas",
          "Buenas, nos llegaron 6 sondas TL-Probe 30 y dos tienen el cable cortado cerca del conector, parece que se dañaron en el envío. "
          "Adjunto fotos. Pedido OV-01611/26.",
          photos=2,
          lab=dict(cust="rortega@citricos-mx.example", orders=["OV-01611/26"], models=["TL-Probe 30"],
                   cat="physical_damage", kw=["tienen el cable cortado"])),
        R("new_request", "Lucía Herrera <lucia.herrera@hospital-sanjose.example>", "Software no descarga datos",
          "Hola,\nal conectar el TermoLog T8 por USB, el software BajíoView 2.1 dice \"error de comunicación\" y no descarga los datos. "
          "En otra PC tampoco. Serie BJQ-240822-A40.\nLucía Herrera\nBiomédica",
          lab=dict(cust="lucia.herrera@hospital-sanjose.example", serials=["BJQ-240822-A40"], models=["TermoLog T8"],
                   cat="software", kw=["error de comunicación"])),
        R("new_request", "no-responder@" + BJ, "Formulario de garantía #4471",
          "Nuevo formulario de garantía recibido\n\nNombre: Pedro Salinas\nCorreo: psalinas@agroexport.example\nTeléfono: 477 118 2290\n"
          "Producto: HumiLog H2\nNúmero de serie: BJQ-250210-C15\nNúmero de pedido: OV-01498/26\n"
          "Descripción: se reinicia solo cada pocas horas y pierde los registros del día\n",
          replyto="Pedro Salinas <psalinas@agroexport.example>",
          lab=dict(cust="psalinas@agroexport.example", orders=["OV-01498/26"], serials=["BJQ-250210-C15"], models=["HumiLog H2"],
                   cat="intermittent", kw=["se reinicia solo cada pocas horas"])),
        R("new_request", "Carmen Ruiz <cruiz@logistica-frio.example>", "pedido incompleto",
          "Buenas tardes, recibimos el pedido OV-01630/26 pero faltan los 4 soportes de pared y viene un HumiLog H2 en lugar del "
          "TermoLog T8 que pedimos. Favor de revisar.\nCarmen",
          lab=dict(cust="cruiz@logistica-frio.example", orders=["OV-01630/26"], models=["HumiLog H2", "TermoLog T8"],
                   cat="wrong_or_missing_item", kw=["faltan los 4 soportes de pared"])),
        R("new_request", "Miguel Ángel Torres <matorres@uni-gto.example>", "Garantía",
          "Buenas, tenemos un registrador con falla y quisiéramos saber cómo hacer válida la garantía. ¿Qué datos necesitan?\n"
          "Miguel Ángel Torres\nLaboratorio de Alimentos, Universidad",
          lab=dict(cust="matorres@uni-gto.example")),
        R("new_request", "Sofía Domínguez <sofia@vinos-valle.example>", "TermoLog T8 temperatura desfasada",
          "Hola, dos TermoLog T8 marcan 3 grados más que el termómetro patrón. Series BJQ-240315-A20 y BJQ-240315-A21, "
          "los compramos con la OC VV-2026-033. Saludos",
          lab=dict(cust="sofia@vinos-valle.example", orders=["VV-2026-033"], serials=["BJQ-240315-A20", "BJQ-240315-A21"],
                   models=["TermoLog T8"], cat="other", kw=["marcan 3 grados más"])),
        R("new_request", "Daniel Kim <dkim@coldchain-us.example>", "G4 gateway rebooting",
          "Hi, our Gateway G4 (SN BJQ-241120-B19) reboots every few minutes since the firmware update to 3.0.2 yesterday. "
          "Order OV-01355/26. Can you send a fix or downgrade file?\nDaniel",
          lab=dict(cust="dkim@coldchain-us.example", orders=["OV-01355/26"], serials=["BJQ-241120-B19"], models=["Gateway G4"],
                   cat="software", kw=["reboots every few minutes since the firmware update"])),
        R("new_request", "陈伟 <chenwei@mx-cn-trading.example>", "TermoLog T8 屏幕不显示",
          "您好，我们在墨西哥的仓库用的 TermoLog T8，屏幕不显示了，但是数据还在记录。序列号 BJQ-240601-A08。",
          cs="utf-8", cte="b64",
          lab=dict(cust="chenwei@mx-cn-trading.example", serials=["BJQ-240601-A08"], models=["TermoLog T8"],
                   cat="other", kw=["屏幕不显示了"], lang="zh")),
        R("forwarded", "Gabriela Soto <gsoto@" + BJ + ">", "RV: Falla en registrador",
          "Les paso este caso de garantía, cliente de Monterrey.\n\nGaby\n\nDe: Héctor Garza <hgarza@carnes-nl.example>\n"
          "Enviado: martes, 3 de noviembre de 2026 11:40\nPara: Gabriela Soto <gsoto@" + BJ + ">\nAsunto: Falla en registrador\n\n"
          "Gaby, el TermoLog T8 serie BJQ-240909-A33 se apaga solo cuando baja de -15 °C. OC CNL-7781.\nHéctor",
          style="outlook",
          lab=dict(cust="hgarza@carnes-nl.example", fwd="gsoto@" + BJ, orders=["CNL-7781"], serials=["BJQ-240909-A33"],
                   models=["TermoLog T8"], cat="intermittent", kw=["se apaga solo cuando baja de -15 °C"])),
        R("forwarded", "Gabriela Soto <gsoto@" + BJ + ">", "Fwd: sensor roto",
          "Para garantías.\n\n---------- Forwarded message ---------\nDe: Patricia León <pleon@helados-leon.example>\n"
          "Date: mié, 4 nov 2026 a las 9:15\nSubject: sensor roto\nTo: <gsoto@" + BJ + ">\n\n"
          "Hola Gaby, la TL-Probe 30 se quebró en la punta al instalarla, parece de vidrio muy delgado. Pedido OV-01589/26.",
          style="gmail",
          lab=dict(cust="pleon@helados-leon.example", fwd="gsoto@" + BJ, orders=["OV-01589/26"], models=["TL-Probe 30"],
                   cat="physical_damage", kw=["se quebró en la punta"])),
        R("forwarded", "Roberto Fuentes <rfuentes@" + BJ + ">", "FW: consulta",
          "¿Quién puede ver esto?\n",
          rfc=("Isabel Núñez <inunez@clinica-nunez.example>", "HumiLog sin señal",
               "Buenas, el HumiLog H2 ya no aparece en la app, el Bluetooth no lo detecta. Serie BJQ-250102-C22."),
          lab=dict(cust="inunez@clinica-nunez.example", fwd="rfuentes@" + BJ, serials=["BJQ-250102-C22"], models=["HumiLog H2"],
                   cat="no_link", kw=["el Bluetooth no lo detecta"])),
        R("follow_up", "Ing. Laura Méndez <lmendez@farmacias-centro.example>", "RE: RMA-2026-33120 Registrador TermoLog T8 no enciende",
          "Buen día, ya enviamos el equipo por Estafeta, guía 8055241528464720099770.\n\nSaludos\n\n"
          "De: Garantías Bajío\nEnviado: miércoles, 4 de noviembre de 2026\nAsunto: RMA-2026-33120\n\nIng. Méndez, favor de enviar el equipo...",
          style="outlook",
          lab=dict(cust="lmendez@farmacias-centro.example", tracking=["8055241528464720099770"], rma="RMA-2026-33120",
                   models=["TermoLog T8"])),
        R("follow_up", "Jorge Rangel <jrangel@lacteos-rangel.example>", "Re: RMA-2026-33127",
          "> ¿El equipo estuvo expuesto a condensación?\n\nNo, está en un cuarto con aire acondicionado.\n\n"
          "> ¿Puede enviarnos el archivo de registros?\n\nSí, va adjunto.\n",
          pdf="registros_oct.pdf",
          lab=dict(cust="jrangel@lacteos-rangel.example", rma="RMA-2026-33127")),
        R("follow_up", "Daniel Kim <dkim@coldchain-us.example>", "Re: RMA-2026-33135 G4 gateway rebooting",
          "The downgrade worked, thanks. You can close the case.\n\nDaniel\n\n"
          "On Fri, Nov 6, 2026 at 10:30 AM Bajío Garantías <garantias@" + BJ + "> wrote:\n> Hi Daniel,\n"
          "> please install the attached 2.9.8 firmware.\n",
          lab=dict(cust="dkim@coldchain-us.example", rma="RMA-2026-33135")),
        R("order_status", "Compras <compras@farmacias-centro.example>", "Estatus de pedido OV-01690/26",
          "Buenas tardes, ¿nos pueden confirmar la fecha de entrega del pedido OV-01690/26 (20 TermoLog T8)? Gracias.",
          lab=dict(cust="compras@farmacias-centro.example", orders=["OV-01690/26"], models=["TermoLog T8"])),
        R("follow_up", "Andrea Villalobos <avillalobos@vacunas-norte.example>", "¿Cuándo regresa el equipo?",
          "Hola, ¿cómo va la reparación del RMA-2026-33124? Necesitamos el Gateway G4 para la auditoría del día 20.",
          lab=dict(cust="avillalobos@vacunas-norte.example", rma="RMA-2026-33124", models=["Gateway G4"])),
        R("order_status", "Carmen Ruiz <cruiz@logistica-frio.example>", "guía del reemplazo",
          "Buen día, ¿ya tienen número de guía para el reemplazo del pedido OV-01630/26?",
          lab=dict(cust="cruiz@logistica-frio.example", orders=["OV-01630/26"])),
        R("auto_reply", "lucia.herrera@hospital-sanjose.example", "Respuesta automática: RMA-2026-33131",
          "Estoy de vacaciones hasta el 17 de noviembre. Para asuntos urgentes comuníquese con biomedica@hospital-sanjose.example.",
          extra=OOO, lab=dict(cust="lucia.herrera@hospital-sanjose.example", rma="RMA-2026-33131")),
        R("auto_reply", "mesadeayuda@vacunas-norte.example", "[Ticket #88412] Recibimos su correo - RMA-2026-33124",
          "Hemos recibido su mensaje y se ha creado el ticket #88412. Un agente le responderá en un máximo de 48 horas.\n"
          "Por favor no responda a este correo.",
          extra=[("Auto-Submitted", "auto-generated")],
          lab=dict(cust="mesadeayuda@vacunas-norte.example", rma="RMA-2026-33124")),
        R("bounce", "Mail Delivery Subsystem <mailer-daemon@" + BJ + ">", "Mensaje no entregado",
          "No se pudo entregar el mensaje a jrangel@lacteos-rangel.mx.example.\nEl servidor remoto respondió: 550 buzón no disponible.",
          dsn="jrangel@lacteos-rangel.mx.example", diag="550 5.1.1 mailbox unavailable",
          lab=dict()),
        R("unrelated", "Facturación <facturacion@empaques-qro.example>", "Factura A-33871 y complemento de pago",
          "Adjuntamos CFDI A-33871 correspondiente a su orden de compra BJ-OC-2026-0412. Saludos.",
          pdf="A-33871.pdf",
          lab=dict()),
        R("unrelated", "Estafeta <notificaciones@estafeta.example>", "Tu envío está en camino",
          "Tu envío con número de guía 8055241528464720031288 fue recolectado y está en tránsito.",
          html=True, lab=dict()),
        R("unrelated", "Valeria Campos <vcampos@gmail.example>", "Solicitud de empleo - técnico electrónico",
          "Buenas tardes, les envío mi CV para la vacante de técnico de reparación publicada en OCC. Quedo atenta.",
          pdf="CV_Valeria_Campos.pdf", style="gmail",
          lab=dict()),
        R("unrelated", "Jorge Rangel <jrangel@lacteos-rangel.example>", "Cotización HumiLog",
          "Hola, ¿nos pueden cotizar 10 HumiLog H2 adicionales con certificado de calibración trazable?",
          lab=dict()),
        R("unrelated", "ofertas@promo-industrial.example", "¡Últimos días! 30% en multímetros",
          "Aprovecha nuestras ofertas de fin de año en instrumentos de medición. Envío gratis.",
          html=True, lab=dict()),
    ],
)


# ----------------------------------------------------------- sahyadri (IN) --

SH = "sahyadri-power.example"
register(
    "sahyadri",
    {
        "name": "Sahyadri Instruments Pvt. Ltd. (Pune, India) - solar charge controllers and inverters",
        "domain": SH,
        "tz": "+0530",
        "service_address": "care@" + SH,
        "staff_domains": [SH],
        "noreply_addresses": ["donotreply@" + SH],
        "catalog": ["SolarMax MPPT 60", "SunCharge SC-40", "InvertaPro 3kVA", "BatMon BM-12"],
    },
    [
        R("new_request", "Rajesh Kulkarni <rajesh.k@kolhapur-agro.example>", "Inverter not starting - urgent",
          "Dear Sir/Madam,\n\nOur InvertaPro 3kVA installed at the cold storage is not starting since yesterday evening. "
          "Display is blank and there is a burning smell near the fan.\n\nSerial No: 0824-IV-00417\nInvoice/SO: SO/2526/01183\n"
          "Our PO: KAF/PO/25-26/0091\n\nKindly depute engineer at the earliest.\n\nRegards,\nRajesh Kulkarni\n"
          "Kolhapur Agro Foods\nGSTIN 27AAACK1234F1Z5\nMob: +91 98220 44871",
          lab=dict(cust="rajesh.k@kolhapur-agro.example", orders=["SO/2526/01183", "KAF/PO/25-26/0091"], serials=["0824-IV-00417"],
                   models=["InvertaPro 3kVA"], cat="no_power", kw=["not starting"])),
        R("new_request", "Anil Sharma <anil.sharma@jaipur-solar.example>", "MPPT charging issue",
          "Hello team, SolarMax MPPT 60 ka charging current 10A se upar nahi ja raha, panels se 40A aana chahiye. "
          "Sunny day pe bhi same. Serial 0325-mp-01102. Please guide.\nAnil",
          lab=dict(cust="anil.sharma@jaipur-solar.example", serials=["0325-mp-01102"], models=["SolarMax MPPT 60"],
                   cat="other", kw=["10A se upar nahi ja raha"])),
        R("new_request", "Meena Iyer <meena@chennai-telecom.example>", "SunCharge SC-40 display flickering",
          "Hi,\nThe LCD of SunCharge SC-40 flickers and goes blank for a few seconds, then comes back. Happens mostly in afternoon.\n"
          "Sr no 0125-SC-00562, SO/2425/04410.\nThanks\nMeena Iyer",
          lab=dict(cust="meena@chennai-telecom.example", orders=["SO/2425/04410"], serials=["0125-SC-00562"],
                   models=["SunCharge SC-40"], cat="intermittent", kw=["flickers and goes blank for a few seconds"])),
        R("new_request", "Farhan Qureshi <farhan@lucknow-hosp.example>", "BatMon not connecting to app",
          "Dear Sahyadri,\nBatMon BM-12 is not pairing with the Sahyadri Connect app (Android 14). Bluetooth shows the device but pairing fails. "
          "Serial 0925-BM-00088 (label is a bit faded, photo attached).\nFarhan",
          photos=1,
          lab=dict(cust="farhan@lucknow-hosp.example", serials=["0925-BM-00088"], models=["BatMon BM-12"],
                   cat="no_link", kw=["pairing fails"])),
        R("new_request", "Deepak Patil <deepak.patil@nashik-wines.example>", "Damaged inverter received",
          "Hi, InvertaPro 3kVA delivered today via Delhivery, the front panel is cracked and one mounting bracket is bent. "
          "AWB 1490811234567, SO/2526/01240. Photos attached. Please replace.\nDeepak",
          photos=3,
          lab=dict(cust="deepak.patil@nashik-wines.example", orders=["SO/2526/01240"], models=["InvertaPro 3kVA"],
                   tracking=["1490811234567"], cat="physical_damage", kw=["front panel is cracked"])),
        R("new_request", "donotreply@" + SH, "Service Request SR-77812 registered",
          "A new service request was submitted on sahyadri-power.example\n\nCustomer Name: Sunita Rao\nEmail: sunita.rao@mysore-school.example\n"
          "Mobile: 9845012233\nProduct: SunCharge SC-40\nSerial Number: 0225-SC-00710\nInvoice No: SO/2425/05123\n"
          "Complaint: controller shows error E07 and load output is cut off\n",
          replyto="sunita.rao@mysore-school.example",
          lab=dict(cust="sunita.rao@mysore-school.example", orders=["SO/2425/05123"], serials=["0225-SC-00710"],
                   models=["SunCharge SC-40"], cat="other", kw=["error E07"])),
        R("new_request", "Vikram Singh <vikram@punjab-dairy.example>", "wrong model received",
          "Sir, we ordered SolarMax MPPT 60 but received SunCharge SC-40 in the box. PO PD/2025/778, SO/2526/01301. "
          "Please arrange exchange asap.\n\nVikram Singh\nPurchase Dept.",
          lab=dict(cust="vikram@punjab-dairy.example", orders=["PD/2025/778", "SO/2526/01301"],
                   models=["SolarMax MPPT 60", "SunCharge SC-40"], cat="wrong_or_missing_item", kw=["received SunCharge SC-40 in the box"])),
        R("new_request", "Priyanka Das <priyanka@kolkata-ngo.example>", "firmware update failed",
          "Hello,\nwhile updating the SolarMax MPPT 60 via USB the update stopped at 60% and now the controller is stuck in bootloader, "
          "the screen shows only BOOT. Serial 0525-MP-00931.\nRegards Priyanka",
          lab=dict(cust="priyanka@kolkata-ngo.example", serials=["0525-MP-00931"], models=["SolarMax MPPT 60"],
                   cat="software", kw=["stuck in bootloader"])),
        R("new_request", "Suresh Reddy <suresh.reddy@hyd-builders.example>", "Service required",
          "Good morning, one of our inverters at site is not working properly. Please send service engineer. Site address: Plot 44, "
          "Gachibowli, Hyderabad.\nSuresh Reddy\n+91 90000 31123",
          lab=dict(cust="suresh.reddy@hyd-builders.example")),
        R("new_request", "Kavita Joshi <kavita.joshi@goa-resort.example>", "Inverter beeping and shutting off",
          "Dear Team,\n\nInvertaPro 3kVA at our resort beeps continuously and shuts off whenever the AC is switched on, "
          "even though load is only 1.8 kW. SN 0724-IV-00302, PO GR-PUR-2026-014.\n\nRegards,\nKavita",
          html=True,
          lab=dict(cust="kavita.joshi@goa-resort.example", orders=["GR-PUR-2026-014"], serials=["0724-IV-00302"],
                   models=["InvertaPro 3kVA"], cat="intermittent", kw=["shuts off whenever the AC is switched on"])),
        R("new_request", "Arun Menon <arun.menon@kerala-fish.example>", "batmon reading wrong",
          "BatMon BM-12 showing battery 100% always even when inverter is on backup for 3 hours. sr no 1024-bm-01977.",
          lab=dict(cust="arun.menon@kerala-fish.example", serials=["1024-bm-01977"], models=["BatMon BM-12"],
                   cat="other", kw=["showing battery 100% always"])),
        R("forwarded", "Nikhil Deshmukh <nikhil.d@" + SH + ">", "FW: Complaint - controller dead",
          "Team, pls register complaint. Dealer from Nagpur.\n\nNikhil\nArea Sales Manager\n\n"
          "From: Ramesh Traders <rameshtraders@nagpur-mail.example>\nSent: 04 November 2026 11:52\nTo: Nikhil Deshmukh\n"
          "Subject: Complaint - controller dead\n\nNikhil ji, customer ka SunCharge SC-40 bilkul dead hai, koi light nahi. "
          "Serial 0125-SC-00498. Bill SO/2425/04388.\nRamesh",
          style="outlook",
          lab=dict(cust="rameshtraders@nagpur-mail.example", fwd="nikhil.d@" + SH, orders=["SO/2425/04388"], serials=["0125-SC-00498"],
                   models=["SunCharge SC-40"], cat="no_power", kw=["bilkul dead hai"])),
        R("forwarded", "Pooja Nair <pooja.nair@" + SH + ">", "Fwd: Inverter issue at Coimbatore site",
          "Forwarding for service.\n\nSent from my iPhone\n\nBegin forwarded message:\n\nFrom: Karthik S <karthik@cbe-textiles.example>\n"
          "Date: 5 November 2026 at 9:41:07 AM IST\nTo: Pooja Nair <pooja.nair@" + SH + ">\nSubject: Inverter issue at Coimbatore site\n\n"
          "Pooja, the InvertaPro 3kVA is making loud humming noise from transformer and output voltage drops to 180V on load. "
          "Serial 0824-IV-00455.\nKarthik",
          style="apple",
          lab=dict(cust="karthik@cbe-textiles.example", fwd="pooja.nair@" + SH, serials=["0824-IV-00455"], models=["InvertaPro 3kVA"],
                   cat="other", kw=["output voltage drops to 180V on load"])),
        R("forwarded", "Nikhil Deshmukh <nikhil.d@" + SH + ">", "Fwd: Solar controller",
          "Please check.\n\n---------- Forwarded message ---------\nFrom: Ganesh More\nDate: Thu, 5 Nov, 2026, 4:02 pm\nSubject: Solar controller\n\n"
          "Sir, SolarMax MPPT 60 is not showing panel voltage, battery side is ok. Order SO/2526/01017.\nGanesh More, Satara, 98600 12345",
          style="gmail",
          lab=dict(cust=None, fwd="nikhil.d@" + SH, orders=["SO/2526/01017"], models=["SolarMax MPPT 60"],
                   cat="other", kw=["not showing panel voltage"])),
        R("follow_up", "Rajesh Kulkarni <rajesh.k@kolhapur-agro.example>", "Re: RMA-2026-45120 Inverter not starting - urgent",
          "Engineer visited today, he says the control board needs replacement. When can you send it?\n\nRajesh\n\n"
          "On Thu, 5 Nov 2026 at 12:10, Sahyadri Care <care@" + SH + "> wrote:\n> Dear Mr Kulkarni,\n"
          "> Your complaint is registered as RMA-2026-45120. Our engineer will visit tomorrow.",
          style="gmail",
          lab=dict(cust="rajesh.k@kolhapur-agro.example", rma="RMA-2026-45120")),
        R("follow_up", "Deepak Patil <deepak.patil@nashik-wines.example>", "RE: RMA-2026-45133",
          "Returned the damaged unit through Blue Dart, AWB 50123456781. Pls confirm once received.\n\n"
          "-----Original Message-----\nFrom: care@" + SH + "\n\nDear Deepak, please return the unit to our Pune warehouse.",
          style="outlook",
          lab=dict(cust="deepak.patil@nashik-wines.example", tracking=["50123456781"], rma="RMA-2026-45133")),
        R("follow_up", "Anil Sharma <anil.sharma@jaipur-solar.example>", "Re: RMA-2026-45127",
          "ok ji, thank you, now it is charging 38A after the settings change 👍\n\n> Please set battery type to LFP and max current 60A.",
          lab=dict(cust="anil.sharma@jaipur-solar.example", rma="RMA-2026-45127")),
        R("order_status", "Purchase Dept <purchase@punjab-dairy.example>", "Dispatch status SO/2526/01301",
          "Dear Sir, please share dispatch details and docket number for replacement against SO/2526/01301.",
          lab=dict(cust="purchase@punjab-dairy.example", orders=["SO/2526/01301"])),
        R("follow_up", "Meena Iyer <meena@chennai-telecom.example>", "RMA-2026-45140 repair status?",
          "Hi, any update on repair of our controller? It is 10 days now.\nMeena",
          lab=dict(cust="meena@chennai-telecom.example", rma="RMA-2026-45140")),
        R("order_status", "Suresh Reddy <suresh.reddy@hyd-builders.example>", "order delivery",
          "When will the 12 nos InvertaPro 3kVA against PO HB/26/0412 be delivered to site? Pls confirm date.",
          lab=dict(cust="suresh.reddy@hyd-builders.example", orders=["HB/26/0412"], models=["InvertaPro 3kVA"])),
        R("auto_reply", "kavita.joshi@goa-resort.example", "Automatic reply: RMA-2026-45151",
          "Thank you for your email. I am travelling and will respond on my return on 14th November.",
          extra=OOO, lab=dict(cust="kavita.joshi@goa-resort.example", rma="RMA-2026-45151")),
        R("auto_reply", "helpdesk@chennai-telecom.example", "[#CT-INC-55120] Acknowledgement: RMA-2026-45140",
          "Dear Sender,\nYour mail has been logged with reference CT-INC-55120. Our team will get back within 2 working days.\n-- Auto generated, do not reply --",
          extra=[("Auto-Submitted", "auto-generated")],
          lab=dict(cust="helpdesk@chennai-telecom.example", rma="RMA-2026-45140")),
        R("bounce", "Mail Delivery Subsystem <MAILER-DAEMON@" + SH + ">", "Returned mail: see transcript for details",
          "The original message was received at Thu, 5 Nov 2026 10:02:11 +0530\n\n   ----- The following addresses had permanent fatal errors -----\n"
          "<ganesh.more@satara-mail.example>\n    (reason: 550 No such user)",
          dsn="ganesh.more@satara-mail.example", diag="550 No such user",
          lab=dict()),
        R("unrelated", "Accounts <accounts@kolhapur-agro.example>", "Payment advice - NEFT",
          "Dear Sir, we have released payment of INR 1,42,500 via NEFT (UTR SBIN226110456789) against invoice SO/2526/01183. Kindly acknowledge.",
          lab=dict()),
        R("unrelated", "Naukri Alerts <alerts@jobs-portal.example>", "12 new applicants for Service Engineer - Pune",
          "You have 12 new applications for your job posting Service Engineer - Pune. Login to view profiles.",
          html=True, lab=dict()),
        R("unrelated", "Amit Verma <amit@battery-supply.example>", "Lithium battery offer",
          "Dear Sir, we are manufacturer of LFP batteries 12V/24V/48V with BIS certification. Best rates for OEM. Catalogue attached.",
          pdf="LFP_catalogue.pdf", lab=dict()),
        R("unrelated", "Sunita Rao <sunita.rao@mysore-school.example>", "Thank you",
          "Thank you for the quick service last month, the controller is working perfectly. Our principal also appreciates.",
          lab=dict()),
        R("unrelated", "Delhivery <noreply@delhivery-mail.example>", "Shipment delivered",
          "Your shipment with AWB 1490811239922 has been delivered. Rate your experience.",
          lab=dict()),
    ],
)


# ------------------------------------------------------------ songlam (VN) --

SL = "songlam-vision.example"
register(
    "songlam",
    {
        "name": "Công ty TNHH Song Lam Vision (Vinh, Vietnam) - security cameras and video recorders",
        "domain": SL,
        "tz": "+0700",
        "service_address": "baohanh@" + SL,
        "staff_domains": [SL],
        "noreply_addresses": ["no-reply@" + SL],
        "catalog": ["SL-Dome 4MP", "SL-Bullet 8MP", "SL-NVR 16", "SL-PTZ 25X"],
    },
    [
        R("new_request", "Nguyễn Văn Hùng <hung.nv@hanoi-mart.example>", "Camera mất hình vào ban đêm",
          "Chào anh chị,\n\nCamera SL-Bullet 8MP ở kho số 2 ban ngày vẫn có hình, nhưng ban đêm màn hình đen hoàn toàn, đèn hồng ngoại không sáng.\n"
          "Số serial: SLC23054471\nHợp đồng: 0312/2026/HDMB-SL\n\nTrân trọng,\nNguyễn Văn Hùng\nPhòng IT - Hanoi Mart\nĐT: 0912 345 678",
          lab=dict(cust="hung.nv@hanoi-mart.example", orders=["0312/2026/HDMB-SL"], serials=["SLC23054471"],
                   models=["SL-Bullet 8MP"], cat="optical_performance", kw=["ban đêm màn hình đen hoàn toàn"])),
        R("new_request", "Trần Thị Mai <mai.tt@danang-hotel.example>", "Đầu ghi không nhận ổ cứng",
          "Kính gửi bộ phận bảo hành,\nĐầu ghi SL-NVR 16 của khách sạn báo lỗi HDD và không ghi hình từ hôm qua, đã thay ổ cứng mới vẫn vậy. "
          "Serial SLC-2311-0087. Xin hướng dẫn.\nMai",
          lab=dict(cust="mai.tt@danang-hotel.example", serials=["SLC-2311-0087"], models=["SL-NVR 16"],
                   cat="other", kw=["báo lỗi HDD"])),
        R("new_request", "Lê Minh Tuấn <tuan.le@hcm-factory.example>", "PTZ không xoay được",
          "Chào bạn, camera SL-PTZ 25X không xoay ngang được nữa, chỉ zoom được, có tiếng kêu lạch cạch bên trong. slc24020519. "
          "Đơn hàng 0455/2026/HDMB-SL.",
          lab=dict(cust="tuan.le@hcm-factory.example", orders=["0455/2026/HDMB-SL"], serials=["slc24020519"], models=["SL-PTZ 25X"],
                   cat="other", kw=["không xoay ngang được nữa"])),
        R("new_request", "Phạm Quốc Bảo <bao.pq@cantho-school.example>", "Camera bị vỡ khi nhận hàng",
          "Chào Song Lam, 3 camera SL-Dome 4MP giao hôm nay có 1 cái bị vỡ vòm kính. Ảnh đính kèm. Mã đơn 0480/2026/HDMB-SL, "
          "mã vận đơn Viettel Post 135782046631.",
          photos=2,
          lab=dict(cust="bao.pq@cantho-school.example", orders=["0480/2026/HDMB-SL"], models=["SL-Dome 4MP"],
                   tracking=["135782046631"], cat="physical_damage", kw=["bị vỡ vòm kính"])),
        R("new_request", "no-reply@" + SL, "Yêu cầu bảo hành mới từ website",
          "Biểu mẫu bảo hành trực tuyến\n\nHọ tên: Võ Thanh Sơn\nEmail: son.vo@hue-bank.example\nSố điện thoại: 0905 112 334\n"
          "Sản phẩm: SL-Dome 4MP\nSố serial: SLC-2308-1120\nMô tả lỗi: camera chập chờn, cứ 10-15 phút lại mất kết nối rồi tự có lại\n",
          replyto="son.vo@hue-bank.example",
          lab=dict(cust="son.vo@hue-bank.example", serials=["SLC-2308-1120"], models=["SL-Dome 4MP"],
                   cat="intermittent", kw=["cứ 10-15 phút lại mất kết nối"])),
        R("new_request", "David Lim <david.lim@sg-retail.example>", "NVR app login failed after update",
          "Hi, after updating SL-NVR 16 firmware to v4.2.1 our mobile app cannot log in anymore (error: device offline), "
          "web interface still works. Serial SLC23110142, PO SGR-PO-2026-0588.\nDavid",
          lab=dict(cust="david.lim@sg-retail.example", orders=["SGR-PO-2026-0588"], serials=["SLC23110142"], models=["SL-NVR 16"],
                   cat="software", kw=["mobile app cannot log in anymore"])),
        R("new_request", "Hoàng Anh <anh.hoang@vinh-hospital.example>", "Thiếu phụ kiện",
          "Chào anh/chị, đơn hàng 0501/2026/HDMB-SL giao thiếu 8 bộ nguồn 12V cho SL-Bullet 8MP, trong thùng chỉ có camera. Nhờ gửi bổ sung.",
          lab=dict(cust="anh.hoang@vinh-hospital.example", orders=["0501/2026/HDMB-SL"], models=["SL-Bullet 8MP"],
                   cat="wrong_or_missing_item", kw=["giao thiếu 8 bộ nguồn 12V"])),
        R("new_request", "Đỗ Văn Long <long.dv@haiphong-port.example>", "Camera không lên nguồn",
          "Chào bảo hành, 2 camera SL-Bullet 8MP không lên nguồn, cắm PoE không sáng đèn. Serial SLC-2305-4480, SLC-2305-4483.",
          lab=dict(cust="long.dv@haiphong-port.example", serials=["SLC-2305-4480", "SLC-2305-4483"], models=["SL-Bullet 8MP"],
                   cat="no_power", kw=["không lên nguồn"])),
        R("new_request", "Somsak Chaiyo <somsak@bkk-condo.example>", "Camera no network",
          "Hello, SL-Dome 4MP cannot be found on network, IP tool also not see it. LAN LED off. Serial slc-2308-1175. Thank you.",
          lab=dict(cust="somsak@bkk-condo.example", serials=["slc-2308-1175"], models=["SL-Dome 4MP"],
                   cat="no_link", kw=["cannot be found on network"])),
        R("new_request", "Bùi Thu Hà <ha.bui@hn-office.example>", "Hỏi về bảo hành",
          "Chào anh chị, camera của công ty em bị hỏng, em muốn gửi bảo hành thì làm thế nào ạ? Em cảm ơn.",
          lab=dict(cust="ha.bui@hn-office.example")),
        R("new_request", "王建 <wangjian@vn-cn-factory.example>", "越南工厂摄像头画面模糊",
          "你好，我们越南工厂装的 SL-PTZ 25X 放大以后画面很模糊，对焦不上。序列号 SLC24020533。合同 0390/2026/HDMB-SL。",
          cs="gbk", cte="b64",
          lab=dict(cust="wangjian@vn-cn-factory.example", orders=["0390/2026/HDMB-SL"], serials=["SLC24020533"], models=["SL-PTZ 25X"],
                   cat="optical_performance", kw=["放大以后画面很模糊"], lang="zh")),
        R("forwarded", "Ngô Thị Lan <lan.ngo@" + SL + ">", "Fwd: Lỗi camera",
          "Chuyển bộ phận bảo hành xử lý giúp chị.\n\n---------- Forwarded message ---------\nFrom: Trịnh Văn Nam <nam.tv@nghean-power.example>\n"
          "Date: Th 4, 4 thg 11, 2026 lúc 14:05\nSubject: Lỗi camera\nTo: Ngô Thị Lan <lan.ngo@" + SL + ">\n\n"
          "Chị Lan ơi, camera SL-Bullet 8MP hình bị ám màu tím cả ngày. Serial SLC23054502.\nNam",
          style="gmail",
          lab=dict(cust="nam.tv@nghean-power.example", fwd="lan.ngo@" + SL, serials=["SLC23054502"], models=["SL-Bullet 8MP"],
                   cat="optical_performance", kw=["hình bị ám màu tím"])),
        R("forwarded", "Kevin Tran <kevin.tran@" + SL + ">", "FW: NVR problem",
          "Service team please support.\n\n________________________________\nFrom: Rina Sato &lt;r.sato@jp-hotel.example&gt;\n"
          "Sent: Wednesday, November 4, 2026 4:30 PM\nTo: Kevin Tran\nSubject: NVR problem\n\n"
          "Dear Kevin, our SL-NVR 16 restarts by itself many times a day. Order 0421/2026/HDMB-SL.\nRina",
          style="outlook", html=True,
          lab=dict(cust="r.sato@jp-hotel.example", fwd="kevin.tran@" + SL, orders=["0421/2026/HDMB-SL"], models=["SL-NVR 16"],
                   cat="intermittent", kw=["restarts by itself many times a day"])),
        R("forwarded", "Ngô Thị Lan <lan.ngo@" + SL + ">", "Fw: đổi hàng",
          "Nhờ bảo hành xem.\n",
          rfc=("Lý Hải <hai.ly@camau-shrimp.example>", "đổi hàng",
               "Chào chị, bên em đặt SL-Dome 4MP mà nhận được SL-Bullet 8MP. Đơn 0466/2026/HDMB-SL."),
          lab=dict(cust="hai.ly@camau-shrimp.example", fwd="lan.ngo@" + SL, orders=["0466/2026/HDMB-SL"],
                   models=["SL-Dome 4MP", "SL-Bullet 8MP"], cat="wrong_or_missing_item", kw=["nhận được SL-Bullet 8MP"])),
        R("follow_up", "Nguyễn Văn Hùng <hung.nv@hanoi-mart.example>", "Re: RMA-2026-52210 Camera mất hình vào ban đêm",
          "Đã gửi camera qua Viettel Post, mã 135782049970. Cảm ơn.\n\nVào 5 thg 11, 2026, baohanh@" + SL + " đã viết:\n"
          "> Anh Hùng vui lòng gửi camera về trung tâm bảo hành.",
          lab=dict(cust="hung.nv@hanoi-mart.example", tracking=["135782049970"], rma="RMA-2026-52210")),
        R("follow_up", "David Lim <david.lim@sg-retail.example>", "Re: RMA-2026-52218 NVR app login failed after update",
          "Hi,\n\n> Please try app version 5.0.3.\n\nTried, same error.\n\n> Can you send a screenshot?\n\nAttached.\n\nDavid",
          photos=1,
          lab=dict(cust="david.lim@sg-retail.example", rma="RMA-2026-52218")),
        R("follow_up", "Trần Thị Mai <mai.tt@danang-hotel.example>", "Re: RMA-2026-52225",
          "Dạ em cảm ơn, đầu ghi chạy lại bình thường rồi ạ.\n\n> Chị vui lòng format ổ cứng trong menu Storage.",
          lab=dict(cust="mai.tt@danang-hotel.example", rma="RMA-2026-52225")),
        R("order_status", "Phòng mua hàng <muahang@vinh-hospital.example>", "Tiến độ giao hàng đơn 0512/2026/HDMB-SL",
          "Chào anh chị, cho hỏi đơn 0512/2026/HDMB-SL (20 SL-Dome 4MP) bao giờ giao ạ?",
          lab=dict(cust="muahang@vinh-hospital.example", orders=["0512/2026/HDMB-SL"], models=["SL-Dome 4MP"])),
        R("order_status", "Lê Minh Tuấn <tuan.le@hcm-factory.example>", "Camera bảo hành xong chưa?",
          "Chào bạn, camera SL-PTZ 25X bên mình gửi bảo hành tuần trước đã sửa xong chưa? Khi nào gửi trả?",
          lab=dict(cust="tuan.le@hcm-factory.example", models=["SL-PTZ 25X"])),
        R("follow_up", "Somsak Chaiyo <somsak@bkk-condo.example>", "replacement shipped?",
          "Hello, is the replacement camera shipped already? Please send tracking. RMA-2026-52238",
          lab=dict(cust="somsak@bkk-condo.example", rma="RMA-2026-52238")),
        R("auto_reply", "mai.tt@danang-hotel.example", "Trả lời tự động: RMA-2026-52225",
          "Tôi đang nghỉ phép đến ngày 16/11. Việc gấp xin liên hệ lễ tân: 0236 3888 999.",
          extra=OOO, lab=dict(cust="mai.tt@danang-hotel.example", rma="RMA-2026-52225")),
        R("auto_reply", "it-support@sg-retail.example", "[SGR Helpdesk] Ticket received - RMA-2026-52218",
          "This is an automated message. Your email has been received and assigned ticket INC0045521.",
          extra=[("Auto-Submitted", "auto-generated")],
          lab=dict(cust="it-support@sg-retail.example", rma="RMA-2026-52218")),
        R("bounce", "postmaster@" + SL, "Undeliverable: Thông báo bảo hành",
          "Delivery has failed to these recipients or groups:\n\nha.bui@hn-ofice.example\nThe email address couldn't be found.",
          dsn="ha.bui@hn-ofice.example", diag="550 5.4.1 Recipient address rejected",
          lab=dict()),
        R("unrelated", "Kế toán <ketoan@hanoi-mart.example>", "Ủy nhiệm chi thanh toán HĐ 0312/2026/HDMB-SL",
          "Kính gửi quý công ty, bên em đã chuyển khoản thanh toán hợp đồng 0312/2026/HDMB-SL số tiền 86.400.000 VND. Gửi kèm ủy nhiệm chi.",
          pdf="UNC_1105.pdf", lab=dict()),
        R("unrelated", "Viettel Post <cskh@viettelpost-mail.example>", "Đơn hàng đã giao thành công",
          "Đơn hàng 135782046688 đã được giao thành công lúc 10:24 ngày 05/11/2026.",
          html=True, lab=dict()),
        R("unrelated", "Nguyễn Đức Anh <ducanh.cv@gmail.example>", "Ứng tuyển kỹ thuật viên",
          "Kính gửi phòng nhân sự, em xin ứng tuyển vị trí kỹ thuật viên lắp đặt camera. CV đính kèm.",
          pdf="CV_DucAnh.pdf", style="gmail", lab=dict()),
        R("unrelated", "sales@hdd-wholesale.example", "Ổ cứng giám sát giá tốt",
          "Chuyên cung cấp ổ cứng giám sát 4TB/8TB chính hãng, giá đại lý. Liên hệ ngay!",
          html=True, lab=dict()),
        R("unrelated", "David Lim <david.lim@sg-retail.example>", "Quotation for 40 cameras",
          "Hi, we are opening 4 new stores, please quote 40 x SL-Dome 4MP and 4 x SL-NVR 16 delivered to Singapore.",
          lab=dict()),
    ],
)


# -------------------------------------------------------------- tisza (HU) --

TZ = "tisza-muszer.example"
register(
    "tisza",
    {
        "name": "Tisza Műszer Kft. (Szeged, Hungary) - bench power supplies, multimeters and LCR meters",
        "domain": TZ,
        "tz": "+0100",
        "service_address": "szerviz@" + TZ,
        "staff_domains": [TZ],
        "noreply_addresses": ["noreply@" + TZ],
        "catalog": ["TPS-3203", "TDM-650", "TLC-410", "TEL-300 Load"],
    },
    [
        R("new_request", "Kovács Péter <kovacs.peter@bme-lab.example>", "TPS-3203 tápegység nem kapcsol be",
          "Tisztelt Szerviz!\n\nA TPS-3203 tápegységünk tegnap óta nem kapcsol be, a kijelző sötét, a ventilátor sem indul. "
          "A biztosítékot ellenőriztük, ép.\n\nGyári szám: TM23W17-093\nRendelésszám: MR-2026/0418\n\n"
          "Üdvözlettel:\nKovács Péter\nlaborvezető\nTel.: +36 1 463 2200\nAdószám: 15329745-2-43",
          cs="iso-8859-2", cte="qp",
          lab=dict(cust="kovacs.peter@bme-lab.example", orders=["MR-2026/0418"], serials=["TM23W17-093"], models=["TPS-3203"],
                   cat="no_power", kw=["nem kapcsol be"])),
        R("new_request", "Szabó Anna <szabo.anna@debrecen-egyetem.example>", "LCR mérő hibás értéket mutat",
          "Jó napot!\nA TLC-410 LCR mérő 1 kHz-en kb. 8%-kal kisebb kapacitást mér, mint a referencia kondenzátor, a kalibráció után is. "
          "Gyári szám tm24w03-211, megrendelésünk BESZ-26-117.\nKöszönöm,\nSzabó Anna",
          lab=dict(cust="szabo.anna@debrecen-egyetem.example", orders=["BESZ-26-117"], serials=["tm24w03-211"], models=["TLC-410"],
                   cat="other", kw=["kb. 8%-kal kisebb kapacitást mér"])),
        R("new_request", "Nagy Gábor <nagy.gabor@gyor-auto.example>", "Sérült szállítmány",
          "Üdv, ma érkezett a 2 db TDM-650 multiméter, az egyiknek betört a kijelzője, a doboz is be volt nyomva. Fotók mellékelve. "
          "MR-2026/0455, GLS csomagszám 35412345678.",
          photos=2,
          lab=dict(cust="nagy.gabor@gyor-auto.example", orders=["MR-2026/0455"], models=["TDM-650"], tracking=["35412345678"],
                   cat="physical_damage", kw=["betört a kijelzője"])),
        R("new_request", "Tóth Eszter <toth.eszter@pecs-klinika.example>", "Elektronikus terhelés időnként leáll",
          "Kedves Tisza Műszer,\na TEL-300 Load terhelés hosszabb teszt közben véletlenszerűen kikapcsolja a bemenetet, "
          "hibaüzenet nélkül. Gyári szám: TM24W11-036.\nÜdv,\nTóth Eszter",
          alt=True,
          lab=dict(cust="toth.eszter@pecs-klinika.example", serials=["TM24W11-036"], models=["TEL-300 Load"],
                   cat="intermittent", kw=["véletlenszerűen kikapcsolja a bemenetet"])),
        R("new_request", "Horváth László <horvath.l@miskolc-gep.example>", "USB kapcsolat",
          "Szia! A TDM-650 nem látszik a PC-n USB-n, az eszközkezelőben ismeretlen eszköz. Másik kábellel is. "
          "TM23W40-120, rendelés MR-2025/1190.",
          lab=dict(cust="horvath.l@miskolc-gep.example", orders=["MR-2025/1190"], serials=["TM23W40-120"], models=["TDM-650"],
                   cat="no_link", kw=["ismeretlen eszköz"])),
        R("new_request", "noreply@" + TZ, "Új szervizigény a weboldalról",
          "Szervizigény űrlap\n\nNév: Farkas Zoltán\nE-mail: farkas.z@szolnok-energia.example\nTermék: TPS-3203\n"
          "Gyári szám: TM23W17-140\nRendelésszám: MR-2026/0301\nHibaleírás: a 2. csatorna feszültsége nem állítható, mindig 0 V\n",
          replyto="Farkas Zoltán <farkas.z@szolnok-energia.example>",
          lab=dict(cust="farkas.z@szolnok-energia.example", orders=["MR-2026/0301"], serials=["TM23W17-140"], models=["TPS-3203"],
                   cat="other", kw=["mindig 0 V"])),
        R("new_request", "Andrei Popescu <andrei.popescu@cluj-electro.example>", "TLC-410 firmware",
          "Hello, after updating TLC-410 to firmware 2.3 the unit shows 'CAL ERR' at every start and measurement menu is locked. "
          "Serial TM24W03-260, PO CE-2026-0071.\nBest regards, Andrei Popescu",
          lab=dict(cust="andrei.popescu@cluj-electro.example", orders=["CE-2026-0071"], serials=["TM24W03-260"], models=["TLC-410"],
                   cat="software", kw=["CAL ERR"])),
        R("new_request", "Varga Katalin <varga.k@kecskemet-szakkoli.example>", "hiányzó tartozék",
          "Jó napot kívánok! Az MR-2026/0470 rendelésben 10 db TDM-650 érkezett, de mérőzsinór egyikhez sem volt mellékelve. Kérem pótolják.",
          lab=dict(cust="varga.k@kecskemet-szakkoli.example", orders=["MR-2026/0470"], models=["TDM-650"],
                   cat="wrong_or_missing_item", kw=["mérőzsinór egyikhez sem volt mellékelve"])),
        R("new_request", "Molnár Bence <molnar.b@veszprem-lab.example>", "Javítás",
          "Üdvözlöm! Egy Önöktől vásárolt műszerünk elromlott, szeretnénk javításra beküldeni. Mi a teendő?\nMolnár Bence",
          lab=dict(cust="molnar.b@veszprem-lab.example")),
        R("new_request", "Jan Novák <jan.novak@brno-test.example>", "TEL-300 Load fan noise",
          "Dobrý den / Hello, our TEL-300 Load has a very loud fan and the housing gets hot on top after 10 minutes at 100 W. "
          "SN TM24W11-052.\nJan",
          lab=dict(cust="jan.novak@brno-test.example", serials=["TM24W11-052"], models=["TEL-300 Load"],
                   cat="other", kw=["very loud fan"])),
        R("new_request", "李军 <lijun@hu-cn-auto.example>", "TPS-3203 电源输出不稳",
          "您好，我们匈牙利工厂的 TPS-3203 输出电压一直在 11.6V 到 12.4V 之间跳动，不稳定。序列号 TM23W17-188。",
          cs="gb2312", cte="b64",
          lab=dict(cust="lijun@hu-cn-auto.example", serials=["TM23W17-188"], models=["TPS-3203"],
                   cat="intermittent", kw=["输出电压一直在 11.6V 到 12.4V 之间跳动"], lang="zh")),
        R("forwarded", "Kiss Márta <kiss.marta@" + TZ + ">", "TOV: Multiméter hiba",
          "Szia, ezt átküldöm nektek, régi ügyfél.\nMárta\n\n-------- Továbbított üzenet --------\nTárgy: Multiméter hiba\n"
          "Dátum: Wed, 4 Nov 2026 08:50:12 +0100\nFeladó: Balogh Imre <balogh.imre@sopron-villany.example>\nCímzett: kiss.marta@" + TZ + "\n\n"
          "Kedves Márta, a TDM-650 ellenállásmérése ugrál, nem áll be az érték. Gyári szám TM23W40-171.\nImre",
          style="tb",
          lab=dict(cust="balogh.imre@sopron-villany.example", fwd="kiss.marta@" + TZ, serials=["TM23W40-171"], models=["TDM-650"],
                   cat="other", kw=["ellenállásmérése ugrál"])),
        R("forwarded", "Kiss Márta <kiss.marta@" + TZ + ">", "FW: power supply returned",
          "Szerviznek.\n\nFrom: Ion Dumitrescu <ion.d@timisoara-labs.example>\nSent: Thursday, November 5, 2026 1:14 PM\n"
          "To: Kiss Márta\nSubject: power supply returned\n\nHi Marta, we received TPS-3203 instead of TEL-300 Load on order MR-2026/0492. "
          "Please exchange.\nIon",
          style="outlook",
          lab=dict(cust="ion.d@timisoara-labs.example", fwd="kiss.marta@" + TZ, orders=["MR-2026/0492"],
                   models=["TPS-3203", "TEL-300 Load"], cat="wrong_or_missing_item", kw=["we received TPS-3203 instead of TEL-300 Load"])),
        R("forwarded", "Oláh Tamás <olah.tamas@" + TZ + ">", "Fwd: LCR meter",
          "Nézzétek meg légyszi.\n\nKezdete a továbbított üzenetnek:\n\nFeladó: Dr. Fekete Judit\nDátum: 2026. november 5. 10:22:31 CET\n"
          "Tárgy: LCR meter\n\nA TLC-410 kijelzője villog és néha újraindul. TM24W03-299.\nFekete Judit, SZTE",
          style="apple",
          lab=dict(cust=None, fwd="olah.tamas@" + TZ, serials=["TM24W03-299"], models=["TLC-410"],
                   cat="intermittent", kw=["néha újraindul"])),
        R("follow_up", "Kovács Péter <kovacs.peter@bme-lab.example>", "Re: RMA-2026-14410 TPS-3203 tápegység nem kapcsol be",
          "Köszönöm, a készüléket GLS-sel feladtuk, csomagszám 35412399012.\n\n2026. 11. 05. 9:12 keltezéssel, szerviz@" + TZ + " írta:\n"
          "> Kérjük, küldje be a készüléket a szervizbe.",
          lab=dict(cust="kovacs.peter@bme-lab.example", tracking=["35412399012"], rma="RMA-2026-14410", models=["TPS-3203"])),
        R("follow_up", "Andrei Popescu <andrei.popescu@cluj-electro.example>", "Re: RMA-2026-14422 TLC-410 firmware",
          "Thanks, the 2.3.1 file fixed it.\n\n> Please flash the attached firmware 2.3.1.",
          lab=dict(cust="andrei.popescu@cluj-electro.example", rma="RMA-2026-14422", models=["TLC-410"])),
        R("follow_up", "Nagy Gábor <nagy.gabor@gyor-auto.example>", "Re: RMA-2026-14415",
          "Rendben, a sérült dobozt is megtartsuk?\n\n> Kérjük, küldje vissza a sérült multimétert, a cserét azonnal indítjuk.",
          lab=dict(cust="nagy.gabor@gyor-auto.example", rma="RMA-2026-14415")),
        R("order_status", "Beszerzés <beszerzes@debrecen-egyetem.example>", "BESZ-26-131 szállítási határidő",
          "Tisztelt Cím! Érdeklődnék, mikor szállítják a BESZ-26-131 számú megrendelésünket (3 db TLC-410)?",
          lab=dict(cust="beszerzes@debrecen-egyetem.example", orders=["BESZ-26-131"], models=["TLC-410"])),
        R("order_status", "Tóth Eszter <toth.eszter@pecs-klinika.example>", "javítás állapota",
          "Jó napot, hol tart a múlt héten beküldött TEL-300 Load javítása? GLS csomagszám 35412377001.",
          lab=dict(cust="toth.eszter@pecs-klinika.example", models=["TEL-300 Load"], tracking=["35412377001"])),
        R("order_status", "Jan Novák <jan.novak@brno-test.example>", "Order MR-2026/0510 delivery",
          "Hello, when will order MR-2026/0510 be shipped? We need it before 20 Nov.",
          lab=dict(cust="jan.novak@brno-test.example", orders=["MR-2026/0510"])),
        R("auto_reply", "kovacs.peter@bme-lab.example", "Automatikus válasz: RMA-2026-14410",
          "Szabadságon vagyok november 13-ig. Sürgős ügyben keresse kollégámat: labor@bme-lab.example.",
          extra=OOO, lab=dict(cust="kovacs.peter@bme-lab.example", rma="RMA-2026-14410")),
        R("auto_reply", "ugyfelszolgalat@gyor-auto.example", "Beérkezett levél visszaigazolása RMA-2026-14415",
          "Köszönjük levelét, rendszerünk rögzítette (azonosító: GY-2611-0312). Ez egy automatikus üzenet.",
          extra=[("Auto-Submitted", "auto-replied")],
          lab=dict(cust="ugyfelszolgalat@gyor-auto.example", rma="RMA-2026-14415")),
        R("bounce", "Mail Delivery System <MAILER-DAEMON@mx." + TZ + ">", "Nem kézbesíthető üzenet",
          "Az üzenetet nem sikerült kézbesíteni a következő címzettnek:\nmolnar.b@veszprem-lab.example\nA postafiók megtelt.",
          dsn="molnar.b@veszprem-lab.example", status="5.2.2", diag="552 mailbox full",
          lab=dict()),
        R("unrelated", "Könyvelés <konyveles@bme-lab.example>", "Átutalási értesítő",
          "Tájékoztatjuk, hogy az MR-2026/0418 rendeléshez tartozó számlát 184 150 Ft összegben átutaltuk.",
          lab=dict()),
        R("unrelated", "GLS Hungary <noreply@gls-hu.example>", "Csomagja úton van",
          "Kedves Ügyfelünk! A 35412345690 számú csomagját holnap kézbesítjük 8-16 óra között.",
          html=True, lab=dict()),
        R("unrelated", "Sales <sales@pcb-assembly.example>", "SMT assembly offer",
          "Dear Tisza Műszer, we offer SMT assembly services from Romania with 10-day lead time. May we send a quotation?",
          lab=dict()),
        R("unrelated", "Szabó Anna <szabo.anna@debrecen-egyetem.example>", "Árajánlat kérés",
          "Kérnék árajánlatot 5 db TDM-650 és 2 db TPS-3203 készülékre, oktatási kedvezménnyel.",
          lab=dict()),
        R("unrelated", "newsletter@elektronika-hirek.example", "Elektronika Hírek - novemberi szám",
          "Ebben a számban: új szabványok a mérőműszerek kalibrálásában, kiállítások 2027-ben.",
          html=True, lab=dict()),
    ],
)


# ------------------------------------------------------------ kuusamo (FI) --

KU = "kuusamo-optiikka.example"
register(
    "kuusamo",
    {
        "name": "Kuusamo Optiikka Oy (Oulu, Finland) - binoculars, thermal monoculars and telescopes",
        "domain": KU,
        "tz": "+0200",
        "service_address": "huolto@" + KU,
        "staff_domains": [KU],
        "noreply_addresses": ["noreply@" + KU],
        "catalog": ["Revontuli 10x42", "Lumi ED 8x32", "TermoKiikari TK-35", "Tähti 80 APO"],
    },
    [
        R("new_request", "Mikko Heikkinen <mikko.heikkinen@lapin-riista.example>", "Kiikari huurtuu sisältä",
          "Hei,\n\nRevontuli 10x42 -kiikarin oikea putki huurtuu sisältä aina kun tulen pakkasesta sisään, ja kosteus jää linssien väliin "
          "päiväksi. Kiikari on vuoden vanha.\n\nSarjanumero: KO-24-Q7N3\nTilausnumero: TIL-26-00419\n\nTerveisin\nMikko Heikkinen\n040 123 4567",
          lab=dict(cust="mikko.heikkinen@lapin-riista.example", orders=["TIL-26-00419"], serials=["KO-24-Q7N3"],
                   models=["Revontuli 10x42"], cat="optical_performance", kw=["huurtuu sisältä"])),
        R("new_request", "Anna Lindqvist <anna.lindqvist@vasa-jakt.example>", "Värmekikare startar inte",
          "Hej,\nvår TermoKiikari TK-35 startar inte längre, knappen reagerar inte fast batteriet är fulladdat. Serienummer ko-25-0b4x, "
          "order TIL-26-00377.\nMed vänlig hälsning\nAnna Lindqvist",
          lab=dict(cust="anna.lindqvist@vasa-jakt.example", orders=["TIL-26-00377"], serials=["ko-25-0b4x"],
                   models=["TermoKiikari TK-35"], cat="no_power", kw=["startar inte längre"])),
        R("new_request", "Juha Korhonen <juha.korhonen@tahtiseura.example>", "Tähti 80 APO - tarkennus",
          "Moi, Tähti 80 APO -kaukoputken tarkennin luistaa, kun putki osoittaa ylöspäin kamera kiinni. Lukitusruuvi ei auta. "
          "S/N KO-23-ZZ91.\nJuha",
          lab=dict(cust="juha.korhonen@tahtiseura.example", serials=["KO-23-ZZ91"], models=["Tähti 80 APO"],
                   cat="other", kw=["tarkennin luistaa"])),
        R("new_request", "Laura Mäkelä <laura.makela@birdlife-oulu.example>", "Lumi ED 8x32 saapui rikki",
          "Hei, tilauksen TIL-26-00455 Lumi ED 8x32 saapui tänään, ja vasemman okulaarin suojus on haljennut ja saranassa on välystä. "
          "Posti JJFI64250310001234567. Kuvat liitteenä.\nLaura",
          photos=2,
          lab=dict(cust="laura.makela@birdlife-oulu.example", orders=["TIL-26-00455"], models=["Lumi ED 8x32"],
                   tracking=["JJFI64250310001234567"], cat="physical_damage", kw=["okulaarin suojus on haljennut"])),
        R("new_request", "Erik Johansson <erik.j@norrland-hunt.example>", "Thermal app won't connect",
          "Hi, the Kuusamo Vision app does not find my TermoKiikari TK-35 over Wi-Fi anymore after the app update, "
          "the device hotspot is visible on the phone. SN KO-25-0C11.\nErik",
          lab=dict(cust="erik.j@norrland-hunt.example", serials=["KO-25-0C11"], models=["TermoKiikari TK-35"],
                   cat="no_link", kw=["does not find my TermoKiikari TK-35 over Wi-Fi"])),
        R("new_request", "noreply@" + KU, "Huoltopyyntö verkkolomakkeelta",
          "Uusi huoltopyyntö\n\nNimi: Petri Laine\nSähköposti: petri.laine@kainuu-eramies.example\nPuhelin: 050 998 1122\n"
          "Tuote: TermoKiikari TK-35\nSarjanumero: KO-25-0D7Q\nTilausnumero: TIL-26-00402\n"
          "Vian kuvaus: kuva jäätyy muutaman minuutin välein ja laite pitää käynnistää uudelleen\n",
          replyto="petri.laine@kainuu-eramies.example",
          lab=dict(cust="petri.laine@kainuu-eramies.example", orders=["TIL-26-00402"], serials=["KO-25-0D7Q"],
                   models=["TermoKiikari TK-35"], cat="intermittent", kw=["kuva jäätyy muutaman minuutin välein"])),
        R("new_request", "Sanna Virtanen <sanna.virtanen@retkikauppa.example>", "Väärä tuote toimituksessa",
          "Hei! Tilasimme 6 kpl Revontuli 10x42, mutta paketissa oli 6 kpl Lumi ED 8x32. Meidän ostotilaus 4700012345, teidän TIL-26-00461.\n"
          "Sanna Virtanen\nRetkikauppa Oy\nY-tunnus 2345678-9",
          lab=dict(cust="sanna.virtanen@retkikauppa.example", orders=["4700012345", "TIL-26-00461"],
                   models=["Revontuli 10x42", "Lumi ED 8x32"], cat="wrong_or_missing_item", kw=["paketissa oli 6 kpl Lumi ED 8x32"])),
        R("new_request", "Oren Levi <oren.levi@galil-optics.example>", "TK-35 firmware bricked",
          "Hello, I updated the TermoKiikari TK-35 firmware from 1.8 to 2.0 via the app and now it shows only the logo and the menu does not open. "
          "Serial KO-25-0E02, order TIL-26-00311.\nThanks, Oren",
          lab=dict(cust="oren.levi@galil-optics.example", orders=["TIL-26-00311"], serials=["KO-25-0E02"],
                   models=["TermoKiikari TK-35"], cat="software", kw=["shows only the logo"])),
        R("new_request", "Timo Rantanen <timo.rantanen@luontokuvaus.example>", "takuuhuolto",
          "Hei, miten toimin kun haluan lähettää kiikarit takuuhuoltoon? Ostettu teidän verkkokaupasta viime keväänä.\nTimo",
          lab=dict(cust="timo.rantanen@luontokuvaus.example")),
        R("new_request", "Kaisa Nieminen <kaisa.n@tunturi-opas.example>", "Kaksoiskuva",
          "Moi, Lumi ED 8x32 näyttää kaksoiskuvaa, silmät väsyvät heti. Putosi ehkä metrin korkeudelta viime viikolla. KO-24-R2P8.",
          html=True,
          lab=dict(cust="kaisa.n@tunturi-opas.example", serials=["KO-24-R2P8"], models=["Lumi ED 8x32"],
                   cat="optical_performance", kw=["näyttää kaksoiskuvaa"])),
        R("new_request", "赵明 <zhaoming@bj-birding.example>", "Revontuli 10x42 望远镜起雾",
          "你好，我们从芬兰买的 Revontuli 10x42 左边镜筒里面有雾，擦外面没用。序列号 KO-24-Q8A1，订单 TIL-26-00288。",
          cs="utf-8", cte="b64",
          lab=dict(cust="zhaoming@bj-birding.example", orders=["TIL-26-00288"], serials=["KO-24-Q8A1"], models=["Revontuli 10x42"],
                   cat="optical_performance", kw=["左边镜筒里面有雾"], lang="zh")),
        R("forwarded", "Ville Salo <ville.salo@" + KU + ">", "VL: Lämpökamera ei lataudu",
          "Huollolle.\n\nT. Ville\n\nLähettäjä: Jari Lehto <jari.lehto@savon-metsastys.example>\nLähetetty: keskiviikko 4. marraskuuta 2026 19.02\n"
          "Vastaanottaja: Ville Salo <ville.salo@" + KU + ">\nAihe: Lämpökamera ei lataudu\n\n"
          "Moi Ville, TermoKiikari TK-35 ei lataudu USB-C:llä, latausvalo ei syty. KO-25-0A90. Tilaus TIL-26-00250.\nJari",
          style="outlook",
          lab=dict(cust="jari.lehto@savon-metsastys.example", fwd="ville.salo@" + KU, orders=["TIL-26-00250"], serials=["KO-25-0A90"],
                   models=["TermoKiikari TK-35"], cat="no_power", kw=["latausvalo ei syty"])),
        R("forwarded", "Ville Salo <ville.salo@" + KU + ">", "Fwd: Telescope problem",
          "FYI huolto\n\n---------- Forwarded message ---------\nFrom: Hans Weber <hans.weber@sternwarte-ulm.example>\n"
          "Date: Thu, Nov 5, 2026 at 8:15 AM\nSubject: Telescope problem\nTo: <ville.salo@" + KU + ">\n\n"
          "Hello Ville, our Tähti 80 APO shows strong blue fringes around bright stars, much worse than the first unit we had. "
          "Serial KO-23-ZY40.\nHans",
          style="gmail",
          lab=dict(cust="hans.weber@sternwarte-ulm.example", fwd="ville.salo@" + KU, serials=["KO-23-ZY40"], models=["Tähti 80 APO"],
                   cat="optical_performance", kw=["strong blue fringes around bright stars"])),
        R("forwarded", "Noora Aalto <noora.aalto@" + KU + ">", "Fw: kiikarit",
          "Tämä tuli myyntiin.\n",
          rfc=("Matti Ojala <matti.ojala@pohjois-retki.example>", "kiikarit",
               "Hei, Revontuli 10x42 kiikarin kaulahihnan kiinnike irtosi ja kiikari putosi. Nyt kuva on sumea. Tilaus TIL-26-00199."),
          lab=dict(cust="matti.ojala@pohjois-retki.example", fwd="noora.aalto@" + KU, orders=["TIL-26-00199"], models=["Revontuli 10x42"],
                   cat="physical_damage", kw=["kaulahihnan kiinnike irtosi"])),
        R("follow_up", "Mikko Heikkinen <mikko.heikkinen@lapin-riista.example>", "Vs: RMA-2026-88140 Kiikari huurtuu sisältä",
          "Lähetin kiikarit tänään Postilla, seurantakoodi JJFI64250310009988776.\n\nMikko\n\n"
          "Lähettäjä: huolto@" + KU + "\nAihe: RMA-2026-88140\n\nHei Mikko, lähetä kiikari huoltoon palautuslomakkeen kanssa.",
          lab=dict(cust="mikko.heikkinen@lapin-riista.example", tracking=["JJFI64250310009988776"], rma="RMA-2026-88140")),
        R("follow_up", "Oren Levi <oren.levi@galil-optics.example>", "Re: RMA-2026-88152 TK-35 firmware bricked",
          "On Fri, 6 Nov 2026, Kuusamo Huolto wrote:\n> Please hold the power and zoom buttons for 10 seconds to enter recovery mode.\n\n"
          "Did that, it enters recovery but the app says 'file invalid'.\n\n> Then install file 2.0.1 from our site.\n\nSame message. Oren",
          lab=dict(cust="oren.levi@galil-optics.example", rma="RMA-2026-88152")),
        R("follow_up", "Anna Lindqvist <anna.lindqvist@vasa-jakt.example>", "SV: RMA-2026-88144",
          "Tack, jag skickar den imorgon.\n\n> Hej Anna, skicka kameran till vår serviceavdelning i Uleåborg.",
          lab=dict(cust="anna.lindqvist@vasa-jakt.example", rma="RMA-2026-88144")),
        R("order_status", "Sanna Virtanen <sanna.virtanen@retkikauppa.example>", "Milloin oikeat kiikarit tulevat?",
          "Hei, onko vaihtotuotteet jo lähetetty tilaukseen TIL-26-00461? Asiakkaat kyselevät.",
          lab=dict(cust="sanna.virtanen@retkikauppa.example", orders=["TIL-26-00461"])),
        R("follow_up", "Juha Korhonen <juha.korhonen@tahtiseura.example>", "huollon tilanne",
          "Moi, missä vaiheessa RMA-2026-88148 on? Ensi viikolla olisi tähtinäytös.",
          lab=dict(cust="juha.korhonen@tahtiseura.example", rma="RMA-2026-88148")),
        R("order_status", "Erik Johansson <erik.j@norrland-hunt.example>", "Order status TIL-26-00480",
          "Hi, could you tell me when TIL-26-00480 (2x Lumi ED 8x32) will be dispatched to Sweden?",
          lab=dict(cust="erik.j@norrland-hunt.example", orders=["TIL-26-00480"], models=["Lumi ED 8x32"])),
        R("auto_reply", "sanna.virtanen@retkikauppa.example", "Automaattinen vastaus: RMA-2026-88160",
          "Olen lomalla 16.11. asti. Kiireellisissä asioissa ota yhteyttä myymala@retkikauppa.example.",
          extra=OOO, lab=dict(cust="sanna.virtanen@retkikauppa.example", rma="RMA-2026-88160")),
        R("bounce", "Mail Delivery System <MAILER-DAEMON@" + KU + ">", "Undelivered Mail Returned to Sender",
          "This is the mail system at host " + KU + ".\n\nI'm sorry to have to inform you that your message could not be delivered.\n\n"
          "<timo.rantanen@luontokuvaus.example>: host mx.luontokuvaus.example refused to talk to me: 554 blocked",
          dsn="timo.rantanen@luontokuvaus.example", status="5.7.1", diag="554 5.7.1 blocked",
          lab=dict()),
        R("unrelated", "Laskutus <laskutus@retkikauppa.example>", "Maksuilmoitus",
          "Hei, tilauksen TIL-26-00461 lasku 12 480,00 EUR on maksettu tänään. Viite 1234 5678 9012.",
          lab=dict()),
        R("unrelated", "Posti <noreply@posti-mail.example>", "Lähetyksesi on noudettavissa",
          "Lähetys JJFI64250310001239900 on noudettavissa pakettiautomaatista.",
          html=True, lab=dict()),
        R("unrelated", "Helmi Koskinen <helmi.koskinen@gmail.example>", "Avoin hakemus - optiikka-asentaja",
          "Hei, haen optiikka-asentajan paikkaa. CV liitteenä.",
          pdf="Helmi_Koskinen_CV.pdf", style="gmail", lab=dict()),
        R("unrelated", "Oren Levi <oren.levi@galil-optics.example>", "Distributor for Israel",
          "Hello, aside from the RMA topic: we would be interested to distribute the Tähti 80 APO in Israel. Who should I talk to?",
          lab=dict()),
        R("unrelated", "kysely@asiakaskysely.example", "Kerro mielipiteesi - 2 min kysely",
          "Kiitos asioinnistasi! Vastaa lyhyeen kyselyyn ja osallistu arvontaan.",
          html=True, lab=dict()),
    ],
)


# ------------------------------------------------- more mail for several makers --

_MORE: dict[str, int] = {}


def more(slug: str, rows: list[dict[str, Any]]) -> None:
    _MORE[slug] = _MORE.get(slug, 0) + 1
    register(slug, C.companies[slug], rows, prefix="x" if _MORE[slug] == 1 else f"x{_MORE[slug]}_")


more(
    "minjiang",
    [
        R("forwarded", "郑伟 <zhengwei@" + MJ + ">", "转发：体视镜照明不均匀",
          "转给售后，客户是老客户，请优先。\n\n\n------------------&nbsp;原始邮件&nbsp;------------------\n"
          "发件人: \"孔德明\" &lt;kongdm@nt-pcba.example&gt;\n发送时间: 2026年11月6日(星期五) 下午3:15\n收件人: \"郑伟\" &lt;zhengwei@" + MJ + "&gt;\n"
          "主题: 体视镜照明不均匀\n\n郑经理，新买的 LED-Ring 60 装到 SZM-45T 上以后，一边亮一边暗，差别很明显。"
          "环形灯编号 MJ2433-LR0C。合同号 MJHT-2026-0177。",
          cs="gbk", cte="b64", style="qq", html=True,
          lab=dict(cust="kongdm@nt-pcba.example", fwd="zhengwei@" + MJ, orders=["MJHT-2026-0177"], serials=["MJ2433-LR0C"],
                   models=["LED-Ring 60", "SZM-45T"], cat="optical_performance", kw=["一边亮一边暗"], lang="zh")),
        R("new_request", "陈美玲 <meiling@kl-biolab.example>", "BM-2000 Pro 的 camera port 松了",
          "Hi service team,\n\n我们的 BM-2000 Pro 上面的 camera port 松了，camera 装上去会晃，拍出来的 image 一直 shift。"
          "Screenshot 在下面。\nSerial: MJ2427-0PX5\nPO: KLB/PO/2611/08\n\nThanks & regards,\nChen Mei Ling\nKL BioLab Sdn Bhd\n+60 3-7955 1180",
          inline_img=True, style="outlook",
          lab=dict(cust="meiling@kl-biolab.example", orders=["KLB/PO/2611/08"], serials=["MJ2427-0PX5"], models=["BM-2000 Pro"],
                   cat="physical_damage", kw=["camera port 松了"], lang="mixed")),
        R("follow_up", "黄志强 <huangzq@gz-jewel.example>", "Re: RMA-2026-61236 XSZ-500 软件闪退",
          "在 2026-11-06 10:02:33，\"闽江光学售后\" <service@" + MJ + "> 写道：\n"
          "> 黄先生您好，请把软件的日志文件发给我们，路径是 C:\\MJView\\log。\n>\n> 闽江光学售后\n\n"
          "日志已经打包在附件里了，另外我们发现只有拍 4K 照片的时候才会闪退。",
          cs="utf-8", cte="b64", pdf="MJView_log.pdf",
          lab=dict(cust="huangzq@gz-jewel.example", rma="RMA-2026-61236", models=["XSZ-500"], lang="zh")),
        R("unrelated", "中通快递 <notice@zto-mail.example>", "您的快件正在派送中",
          "您好，您的快件 75290188370014 正在派送中，派送员电话 135 0000 1122，请保持电话畅通。",
          cs="gbk", cte="b64", lab=dict(lang="zh")),
    ],
)
more(
    "jinsha",
    [
        R("order_status", "杨帆 <yangfan@cq-motor.example>", "示波器什么时候能修好",
          "你好，上周寄回去维修的那台 JDS-2204A 示波器，请问检测结果出来没有？",
          cs="gb2312", cte="8bit",
          lab=dict(cust="yangfan@cq-motor.example", models=["JDS-2204A"], lang="zh")),
        R("new_request", "Alan Lee <alan.lee@sg-eduscope.example>", "JDS-1102E screen flicker 问题",
          "Hi, 我们 lab 的 JDS-1102E screen 会一闪一闪, 大概每隔几分钟 flicker 一次, waveform 还在跑. SN 0923J11955, "
          "我们的 PO 是 SGE-PO-0871. Can arrange repair? Thanks.",
          lab=dict(cust="alan.lee@sg-eduscope.example", orders=["SGE-PO-0871"], serials=["0923J11955"], models=["JDS-1102E"],
                   cat="intermittent", kw=["screen 会一闪一闪"], lang="mixed")),
        R("new_request", "邓华 <denghua@dy-edu.example>", "电源旋钮坏了",
          "您好，JPS-3005 电压调节旋钮转起来没有反应，电压一直停在 5.0V，电流旋钮正常。序列号 0124J03398，"
          "合同号 XS2610-287。故障照片见附件。",
          cs="gb18030", cte="b64", photos=2, photo_name="故障照片.jpg",
          lab=dict(cust="denghua@dy-edu.example", orders=["XS2610-287"], serials=["0124J03398"], models=["JPS-3005"],
                   cat="other", kw=["电压调节旋钮转起来没有反应"], lang="zh")),
        R("unrelated", "成都市电子学会 <office@cd-eea.example>", "关于举办2026年电子测量技术研讨会的通知",
          "各会员单位：定于12月10日在成都举办电子测量技术研讨会，请于11月30日前回执报名。",
          cs="gbk", cte="qp", pdf="notice.pdf", lab=dict(lang="zh")),
    ],
)
more(
    "anping",
    [
        R("new_request", "Tommy Ho <tommy.ho@hk-lab.example>", "APS-3005D 冇輸出 / no output",
          "Hi team，部 APS-3005D 開到機但係 CH1 冇輸出，CH2 正常。SN AP4M1X-0830，PO HKL-2611-07。Please advise how to send back，thx!",
          cs="big5", cte="b64",
          lab=dict(cust="tommy.ho@hk-lab.example", orders=["HKL-2611-07"], serials=["AP4M1X-0830"], models=["APS-3005D"],
                   cat="other", kw=["CH1 冇輸出"], lang="mixed")),
        R("order_status", "Purchasing <purchasing@sg-testlab.example>", "PO SGT-4410 / your S115-00560",
          "Hello, our PO SGT-4410 (your order S115-00560, 3x PowerDesk 1200) was due last week. Please advise shipping date and AWB.",
          lab=dict(cust="purchasing@sg-testlab.example", orders=["SGT-4410", "S115-00560"], models=["PowerDesk 1200"])),
        R("new_request", "游淑惠 <sh.yu@hc-fab.example>", "PowerDesk 1200 網路斷線 (韌體 V2.1.0)",
          "RMA 窗口您好：\n\n本廠 PowerDesk 1200 上週起網路常斷線，Ping 不到，面板 LAN 燈熄滅，要拔插網路線才恢復。\n"
          "機台序號：AP9B0C-0150（韌體版本 V2.1.0，2025/08 出貨）\n訂單：S115-00298\n\n"
          "游淑惠\n新竹某半導體股份有限公司 設備課\n統一編號 24681357\n03-577-1234 #6021",
          cs="big5", cte="qp", html=True,
          lab=dict(cust="sh.yu@hc-fab.example", orders=["S115-00298"], serials=["AP9B0C-0150"], models=["PowerDesk 1200"],
                   cat="no_link", kw=["網路常斷線"], lang="zh")),
        R("unrelated", "台南市電機公會 <service@tn-eea.example>", "年終聯誼會邀請",
          "敬邀 貴公司參加本會年終聯誼會，時間 12 月 18 日晚間六點。",
          cs="big5", cte="qp", lab=dict(lang="zh")),
    ],
)
more(
    "bajio",
    [
        R("follow_up", "Sofía Domínguez <sofia@vinos-valle.example>", "Re: RMA-2026-33141 TermoLog T8 temperatura desfasada",
          "Gracias Ing., el ajuste de offset funcionó en uno; el otro sigue 3 grados arriba, lo mandamos a revisión.\n\n"
          "El jue, 5 nov 2026 a las 12:40, Garantías Bajío escribió:\n> Sofía, intente ajustar el offset desde BajíoView.",
          style="gmail",
          lab=dict(cust="sofia@vinos-valle.example", rma="RMA-2026-33141", models=["TermoLog T8"])),
        R("new_request", "Fernando Aguilar <faguilar@hortalizas-sinaloa.example>", "sonda con lectura errónea",
          "Buenas tardes,\nla sonda TL-Probe 30 conectada al TermoLog T8 marca -40 °C fijo aunque el cuarto está a 4 °C. "
          "Probamos otra sonda y sí lee bien. Serie del registrador bjq240315a30.\n\n"
          "Fernando Aguilar\nHortalizas de Sinaloa S.P.R.\nCLABE 012180001234567897\nTel. 667 712 4455",
          lab=dict(cust="faguilar@hortalizas-sinaloa.example", serials=["bjq240315a30"], models=["TL-Probe 30", "TermoLog T8"],
                   cat="other", kw=["marca -40 °C fijo"])),
        R("unrelated", "SAT Notificaciones <notificaciones@sat-buzon.example>", "Tienes un nuevo mensaje en tu Buzón Tributario",
          "Estimado contribuyente, tiene una notificación pendiente en su Buzón Tributario.",
          html=True, lab=dict()),
    ],
)
more(
    "sahyadri",
    [
        R("new_request", "Harish Gowda <harish@mandya-sugar.example>", "2 controllers - no output",
          "Sir,\nTwo SolarMax MPPT 60 units at our mill, serial 0325-MP-01150 and 0325-MP-01151, load output not coming, display shows 'LOAD OFF' "
          "even when enabled. Invoice SO/2526/00922.\nHarish Gowda\nElectrical Maintenance\n\n"
          "Disclaimer: This email and its attachments are intended only for the addressee.",
          lab=dict(cust="harish@mandya-sugar.example", orders=["SO/2526/00922"], serials=["0325-MP-01150", "0325-MP-01151"],
                   models=["SolarMax MPPT 60"], cat="other", kw=["load output not coming"])),
        R("order_status", "Stores <stores@mandya-sugar.example>", "Material not received - SO/2526/01377",
          "Dear Sir, material against SO/2526/01377 not received till date though dispatch was informed on 2nd Nov. "
          "Transporter docket no. please. Delhivery site shows no record for 1490811255310.",
          lab=dict(cust="stores@mandya-sugar.example", orders=["SO/2526/01377"], tracking=["1490811255310"])),
        R("new_request", "Ramesh Yadav <ramesh.yadav@varanasi-cold.example>", "InvertaPro बैटरी चार्ज नहीं कर रहा",
          "नमस्ते सर,\nहमारा InvertaPro 3kVA बैटरी चार्ज नहीं कर रहा है, display पर 'CHG FAULT' आता है। Mains ठीक है।\n"
          "Serial: 0824-IV-00490\nBill no. SO/2526/01102\n\nधन्यवाद\nRamesh Yadav",
          lab=dict(cust="ramesh.yadav@varanasi-cold.example", orders=["SO/2526/01102"], serials=["0824-IV-00490"],
                   models=["InvertaPro 3kVA"], cat="other", kw=["बैटरी चार्ज नहीं कर रहा"])),
        R("unrelated", "Orders <orders@pcb-fab-in.example>", "Order Acknowledgement - your PO SIPL/PUR/25-26/0417",
          "Dear Sir,\nWe acknowledge receipt of your PO SIPL/PUR/25-26/0417 for 2,000 pcs control PCB rev C. "
          "Our proforma invoice PI-8812 is attached. Delivery 3 weeks from advance payment.",
          pdf="PI-8812.pdf", lab=dict()),
        R("unrelated", "IT Admin <admin@mailbox-verify.example>", "Your mailbox is almost full - verify now",
          "Dear user, your mailbox care@sahyadri-power.example has exceeded its quota. Click here to verify your account "
          "within 24 hours or it will be suspended.",
          html=True, lab=dict()),
        R("unrelated", "Tender Alerts <alerts@gov-tenders.example>", "New tender: Solar street lights, Pune Municipal Corporation",
          "A new tender matching your keywords 'solar charge controller' has been published. Last date: 28-11-2026.",
          lab=dict()),
    ],
)
more(
    "songlam",
    [
        R("new_request", "Nguyễn Thị Hoa <hoa.nt@quangninh-coal.example>", "camera bi mo",
          "chao ban, camera SL-Dome 4MP cua cong ty bi mo hinh, nhu co suong mu, lau kinh roi van vay. serial SLC-2308-1190. cam on",
          lab=dict(cust="hoa.nt@quangninh-coal.example", serials=["SLC-2308-1190"], models=["SL-Dome 4MP"],
                   cat="optical_performance", kw=["bi mo hinh"])),
        R("order_status", "Trần Quang Huy <huy.tq@dn-logistics.example>", "Hỏi tình trạng đơn hàng",
          "Chào chị, đơn 0530/2026/HDMB-SL đặt 6 đầu ghi SL-NVR 16 đã xuất kho chưa ạ? Mã vận đơn Viettel Post là gì?",
          lab=dict(cust="huy.tq@dn-logistics.example", orders=["0530/2026/HDMB-SL"], models=["SL-NVR 16"])),
        R("new_request", "Đặng Văn Tâm <tam.dv@hatinh-school.example>", "Camera không lên nguồn",
          "Chào anh chị,\ncamera SL-Bullet 8MP lắp ở cổng trường cắm nguồn không lên, đèn không sáng, đã thử nguồn khác.\n"
          "Số serial ghi trên tem: SLC 2305 4490\nTrân trọng,\nĐặng Văn Tâm",
          lab=dict(cust="tam.dv@hatinh-school.example", serials=["SLC 2305 4490"], models=["SL-Bullet 8MP"],
                   cat="no_power", kw=["cắm nguồn không lên"])),
        R("unrelated", "Hội chợ Secutech <info@secutech-vn.example>", "Mời tham gia triển lãm Secutech Vietnam 2027",
          "Kính mời quý công ty đăng ký gian hàng tại triển lãm Secutech Vietnam 2027, TP.HCM.",
          html=True, lab=dict()),
    ],
)
more(
    "tisza",
    [
        R("new_request", "Pintér Ágnes <pinter.agnes@nyiregyhaza-labor.example>", "Letört kimeneti csatlakozó",
          "Tisztelt Szerviz!\n\nA TPS-3203 negatív kimeneti csatlakozója a házzal együtt letört, amikor a banándugót kihúztuk. "
          "A készülék egyébként működik.\nGyári szám: TM23W17-205 (firmware 1.07)\nRendelés: MR-2026/0233\n\n"
          "Üdvözlettel:\nPintér Ágnes\nNyíregyházi Labor Kft.\nIBAN: HU42 1177 3016 1111 1018 0000 0000",
          cs="iso-8859-2", cte="8bit",
          lab=dict(cust="pinter.agnes@nyiregyhaza-labor.example", orders=["MR-2026/0233"], serials=["TM23W17-205"],
                   models=["TPS-3203"], cat="physical_damage", kw=["kimeneti csatlakozója a házzal együtt letört"])),
        R("unrelated", "Rendelés <rendeles@alkatresz-nagyker.example>", "Rendelés visszaigazolás - TZ-BE-2026-0388",
          "Tisztelt Partnerünk!\n\nKöszönjük megrendelését (az Önök rendelésszáma: TZ-BE-2026-0388).\n"
          "Tételek: 500 db 4 mm-es banánhüvely, 200 db biztosítéktartó\nVárható szállítás: 2026. november 18.\n\nAlkatrész Nagyker Zrt.",
          pdf="visszaigazolas_0388.pdf", lab=dict()),
        R("unrelated", "Ionut Marin <ionut@ro-distrib.example>", "Ofertă parteneriat distribuție România",
          "Bună ziua, suntem distribuitor de echipamente de laborator în România și am dori să colaborăm pentru gama TPS.",
          lab=dict()),
    ],
)
more(
    "kuusamo",
    [
        R("auto_reply", "asiakaspalvelu@lapin-riista.example", "Kiitos viestistäsi - RMA-2026-88140",
          "Tämä on automaattinen vastaus. Olemme vastaanottaneet viestisi ja vastaamme kahden arkipäivän kuluessa.",
          extra=[("Auto-Submitted", "auto-replied")],
          lab=dict(cust="asiakaspalvelu@lapin-riista.example", rma="RMA-2026-88140")),
        R("order_status", "Petri Laine <petri.laine@kainuu-eramies.example>", "Tilauksen toimitus",
          "Hei, tilasin TIL-26-00498 kaksi Revontuli 10x42 -kiikaria 2.11. Onko ne jo lähetetty? Tarvitsisin seurantakoodin.",
          lab=dict(cust="petri.laine@kainuu-eramies.example", orders=["TIL-26-00498"], models=["Revontuli 10x42"])),
        R("follow_up", "Laura Mäkelä <laura.makela@birdlife-oulu.example>", "Re: RMA-2026-88156 Lumi ED 8x32 saapui rikki",
          "huolto@" + KU + " kirjoitti 6.11.2026 klo 9.14:\n> Hei Laura,\n>\n> pahoittelemme vauriota. Voimmeko lähettää uuden kiikarin\n"
          "> heti, ja palautat rikkinäisen samassa laatikossa?\n>\n> Ystävällisin terveisin\n> Kuusamo Optiikka, huolto\n\n"
          "Sopii hyvin, kiitos nopeasta vastauksesta!\n\nLaura",
          lab=dict(cust="laura.makela@birdlife-oulu.example", rma="RMA-2026-88156", models=["Lumi ED 8x32"])),
        R("unrelated", "Rekrytointi <rekry@henkilosto.example>", "Tarjous: vuokratyövoimaa tuotantoon",
          "Hei, tarjoamme kokeneita kokoonpanijoita optiikkateollisuuteen nopealla aikataululla.",
          lab=dict()),
    ],
)


if __name__ == "__main__":
    sys.exit(C.main("Write (or --check) the train8 corpus (once the blind8 held-out set)."))
