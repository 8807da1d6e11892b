"""Words of the generated training mails in the languages customers write besides English and Chinese.

For each language: greetings and sign-offs, ways of asking for a return, questions about a return's
progress, mails that ask for nothing of the kind, automatic notices, labels for each identifier, and
faults told in plain words as a thing and what is wrong with it (so a classifier learns the words of
each category, not whole sentences). Everything is written here, generic on purpose.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Language:
    code: str
    greet: tuple[str, ...]
    sign: tuple[str, ...]
    ask: tuple[str, ...]  # asking for a return, repair or replacement
    status: tuple[str, ...]  # asking how far a return or shipment has got
    unrelated: tuple[str, ...]  # sales, accounts, newsletters, thanks: nothing to return
    notice: tuple[str, ...]  # automatic notices; {t} is the sender's own ticket number
    labels: dict[str, tuple[str, ...]]  # ORDER / SERIAL / MODEL / TRACKING
    things: tuple[str, ...]
    faults: dict[str, tuple[str, ...]]  # defect category -> what is wrong with the thing
    space: str = " "  # between a thing and its fault ("" where words are not spaced)


LANGUAGES: tuple[Language, ...] = (
    Language(
        "de",
        ("Hallo", "Guten Tag", "Sehr geehrte Damen und Herren", "Liebes Service-Team", "Moin"),
        ("Mit freundlichen Grüßen", "Viele Grüße", "Beste Grüße", "Danke und Gruß", "MfG"),
        (
            "Bitte um Rücksendung.",
            "Können Sie das Gerät tauschen?",
            "Wir bitten um Reparatur oder Ersatz.",
            "Bitte senden Sie uns eine RMA-Nummer.",
            "Wie gehen wir weiter vor?",
            "Bitte um Gutschrift oder Austausch.",
        ),
        (
            "Wann wird das Ersatzgerät verschickt?",
            "Gibt es schon Neuigkeiten zu unserer Reparatur?",
            "Wie ist der Stand unserer Rücksendung?",
            "Ist das Austauschgerät schon unterwegs?",
            "Bis wann können wir mit der Gutschrift rechnen?",
        ),
        (
            "Bitte senden Sie uns ein Angebot über 20 Stück.",
            "Anbei unsere Zahlungsavis.",
            "Wir haben eine neue Lieferadresse, bitte aktualisieren.",
            "Vielen Dank, alles funktioniert wieder.",
            "Einladung zu unserem Webinar über Messtechnik.",
            "Wie lange ist die Lieferzeit für die neue Serie?",
        ),
        (
            "Ihre Anfrage wurde unter {t} erfasst. Dies ist eine automatische Nachricht.",
            "Vielen Dank für Ihre Nachricht, Ticket {t} wurde angelegt. Bitte antworten Sie nicht auf diese E-Mail.",
        ),
        {
            "ORDER": ("Bestellnummer", "Bestellung", "Auftrag", "Auftragsnr.", "Ihre Auftragsbestätigung", "Best.-Nr."),
            "SERIAL": ("Seriennummer", "Seriennr.", "SN", "Ser.-Nr.", "Geräte-Nr."),
            "MODEL": ("Modell", "Typ", "Gerät", "Artikel"),
            "TRACKING": ("Sendungsnummer", "Paketnummer", "Sendungsverfolgung"),
        },
        ("das Gerät", "das Modul", "die Kamera", "der Sensor", "die Steuerung", "der Laser", "das Netzteil", "es"),
        {
            "no_power": (
                "lässt sich nicht mehr einschalten",
                "ist komplett tot",
                "zeigt keine Reaktion",
                "bleibt dunkel",
            ),
            "no_link": ("wird vom Switch nicht erkannt", "hat keinen Link", "ist im Netzwerk nicht erreichbar"),
            "optical_performance": ("hat viel zu hohe Dämpfung", "liefert zu wenig Leistung", "ist zu dunkel"),
            "intermittent": ("fällt immer wieder aus", "startet ständig neu", "funktioniert nur manchmal"),
            "physical_damage": ("kam beschädigt an", "hat ein gebrochenes Gehäuse", "hat einen verbogenen Stecker"),
            "wrong_or_missing_item": ("ist nicht das bestellte Modell", "fehlte im Paket", "kam ohne Netzkabel"),
            "software": ("hängt nach dem Firmware-Update", "verliert die Konfiguration", "zeigt einen Fehlercode"),
            "other": ("macht laute Geräusche", "riecht verbrannt", "wird sehr heiß und brummt"),
        },
    ),
    Language(
        "fr",
        ("Bonjour", "Madame, Monsieur", "Bonjour à toute l'équipe", "Cher service client"),
        ("Cordialement", "Bien cordialement", "Merci d'avance", "Salutations"),
        (
            "Merci d'organiser le retour.",
            "Pouvez-vous le remplacer ?",
            "Nous demandons une réparation ou un échange.",
            "Merci de nous envoyer un numéro RMA.",
            "Comment procéder ?",
        ),
        (
            "Quand l'appareil de remplacement sera-t-il expédié ?",
            "Avez-vous des nouvelles de notre réparation ?",
            "Où en est notre retour ?",
            "Le colis de remplacement est-il parti ?",
        ),
        (
            "Merci de nous envoyer un devis pour 30 pièces.",
            "Veuillez trouver ci-joint notre avis de paiement.",
            "Merci, tout fonctionne à nouveau.",
            "Nous souhaitons devenir distributeur.",
            "Inscrivez-vous à notre newsletter.",
        ),
        (
            "Votre demande a été enregistrée sous le numéro {t}. Ceci est un message automatique.",
            "Ticket {t} créé. Merci de ne pas répondre à ce courriel.",
        ),
        {
            "ORDER": ("Commande", "N° de commande", "Bon de commande", "Réf. commande", "Notre commande"),
            "SERIAL": ("Numéro de série", "N° de série", "NS", "S/N"),
            "MODEL": ("Modèle", "Produit", "Référence", "Type"),
            "TRACKING": ("Numéro de suivi", "N° de colis", "Suivi"),
        },
        ("l'appareil", "le module", "la caméra", "le capteur", "le contrôleur", "le laser", "il"),
        {
            "no_power": ("ne s'allume plus", "est complètement mort", "ne démarre pas", "reste éteint"),
            "no_link": ("n'est pas reconnu par le switch", "n'a pas de lien", "est injoignable sur le réseau"),
            "optical_performance": ("a une atténuation beaucoup trop forte", "donne une puissance trop faible"),
            "intermittent": (
                "s'éteint tout seul de temps en temps",
                "redémarre sans arrêt",
                "marche par intermittence",
            ),
            "physical_damage": ("est arrivé cassé", "a le boîtier fissuré", "a un connecteur tordu"),
            "wrong_or_missing_item": ("n'est pas le modèle commandé", "manquait dans le colis", "est livré sans câble"),
            "software": ("plante après la mise à jour", "perd sa configuration", "affiche un code d'erreur"),
            "other": ("fait un bruit fort", "sent le brûlé", "chauffe et vibre"),
        },
    ),
    Language(
        "es",
        ("Hola", "Buenos días", "Estimado equipo de soporte", "Estimados señores"),
        ("Saludos", "Un saludo", "Atentamente", "Gracias"),
        (
            "Por favor, gestionen la devolución.",
            "¿Pueden sustituirlo?",
            "Solicitamos reparación o cambio.",
            "Necesitamos un número RMA.",
            "¿Cómo procedemos?",
        ),
        (
            "¿Cuándo enviarán la unidad de reemplazo?",
            "¿Hay novedades sobre nuestra reparación?",
            "¿En qué estado está nuestra devolución?",
            "¿Ya salió el envío del cambio?",
        ),
        (
            "Por favor envíennos una cotización para 40 unidades.",
            "Adjuntamos el comprobante de pago.",
            "Gracias, ya funciona todo.",
            "Nos interesa ser distribuidores.",
            "Suscríbase a nuestro boletín.",
        ),
        (
            "Su solicitud ha sido registrada con el número {t}. Este es un mensaje automático.",
            "Se ha creado el ticket {t}. Por favor no responda a este correo.",
        ),
        {
            "ORDER": ("Pedido", "N.º de pedido", "Orden de compra", "Número de pedido", "OC"),
            "SERIAL": ("Número de serie", "N.º de serie", "NS", "Serie"),
            "MODEL": ("Modelo", "Producto", "Referencia"),
            "TRACKING": ("Número de seguimiento", "Guía", "Seguimiento"),
        },
        ("el equipo", "el módulo", "la cámara", "el sensor", "el controlador", "el inversor"),
        {
            "no_power": ("no enciende", "está muerto", "no da señales de vida", "no arranca"),
            "no_link": ("no es detectado por el switch", "no tiene enlace", "no conecta a la red"),
            "optical_performance": ("tiene una pérdida muy alta", "da muy poca potencia", "tiene la señal débil"),
            "intermittent": ("se apaga de vez en cuando", "se reinicia solo", "funciona a ratos"),
            "physical_damage": ("llegó roto", "tiene la carcasa rajada", "tiene un conector doblado"),
            "wrong_or_missing_item": ("no es el modelo pedido", "faltaba en la caja", "vino sin cable"),
            "software": ("se cuelga tras la actualización", "pierde la configuración", "muestra un código de error"),
            "other": ("hace un ruido fuerte", "huele a quemado", "pita sin parar"),
        },
    ),
    Language(
        "pt",
        ("Olá", "Bom dia", "Prezados", "Caro suporte"),
        ("Atenciosamente", "Abraços", "Obrigado", "Cumprimentos"),
        (
            "Por favor, providenciem a devolução.",
            "Podem trocar o equipamento?",
            "Solicitamos reparo ou substituição.",
            "Precisamos de um número de RMA.",
        ),
        (
            "Quando a unidade de troca será enviada?",
            "Alguma novidade sobre o nosso reparo?",
            "Em que pé está a nossa devolução?",
            "A substituição já foi despachada?",
        ),
        (
            "Favor enviar orçamento para 25 unidades.",
            "Segue em anexo o comprovante de pagamento.",
            "Obrigado, tudo funciona agora.",
            "Queremos ser revendedores.",
        ),
        (
            "Sua solicitação foi registrada sob o número {t}. Esta é uma mensagem automática.",
            "Chamado {t} aberto. Não responda a este e-mail.",
        ),
        {
            "ORDER": ("Pedido", "Nº do pedido", "Ordem de compra", "Número do pedido"),
            "SERIAL": ("Número de série", "Nº de série", "NS", "Série"),
            "MODEL": ("Modelo", "Produto", "Referência"),
            "TRACKING": ("Código de rastreio", "Rastreamento"),
        },
        ("o equipamento", "o módulo", "a câmera", "o sensor", "o nobreak", "o inversor"),
        {
            "no_power": ("não liga", "está morto", "não dá sinal de vida", "apagou e não volta"),
            "no_link": ("não é reconhecido pelo switch", "não tem link", "não conecta na rede"),
            "optical_performance": ("tem perda muito alta", "tem potência baixa", "tem sinal fraco"),
            "intermittent": ("desliga de vez em quando", "reinicia sozinho", "às vezes funciona, às vezes não"),
            "physical_damage": ("chegou quebrado", "tem a carcaça trincada", "tem o conector torto"),
            "wrong_or_missing_item": ("não é o modelo pedido", "faltou na caixa", "veio sem cabo"),
            "software": ("trava depois da atualização", "perde a configuração", "mostra código de erro"),
            "other": ("faz um barulho alto", "tem cheiro de queimado", "fica apitando"),
        },
    ),
    Language(
        "it",
        ("Buongiorno", "Salve", "Gentile assistenza", "Spettabile ditta"),
        ("Cordiali saluti", "Distinti saluti", "Grazie", "Saluti"),
        (
            "Vi chiediamo di organizzare il reso.",
            "Potete sostituirlo?",
            "Chiediamo riparazione o sostituzione.",
            "Ci serve un numero RMA.",
        ),
        (
            "Quando verrà spedito il pezzo sostitutivo?",
            "Ci sono novità sulla nostra riparazione?",
            "A che punto è il nostro reso?",
            "La sostituzione è già partita?",
        ),
        (
            "Vi preghiamo di inviarci un'offerta per 15 pezzi.",
            "In allegato la contabile del bonifico.",
            "Grazie, ora funziona tutto.",
            "Siamo interessati a diventare rivenditori.",
        ),
        (
            "La sua richiesta è stata registrata con il numero {t}. Messaggio automatico.",
            "Ticket {t} aperto. Si prega di non rispondere a questa email.",
        ),
        {
            "ORDER": ("Ordine", "N. ordine", "Ordine d'acquisto", "Rif. ordine"),
            "SERIAL": ("Numero di serie", "Matricola", "N. serie", "S/N"),
            "MODEL": ("Modello", "Prodotto", "Articolo"),
            "TRACKING": ("Numero di tracciamento", "Lettera di vettura"),
        },
        ("l'apparecchio", "il modulo", "la telecamera", "il sensore", "il controller", "il forno"),
        {
            "no_power": ("non si accende", "è completamente morto", "non dà segni di vita"),
            "no_link": ("non viene riconosciuto dallo switch", "non ha link", "non si collega alla rete"),
            "optical_performance": ("ha un'attenuazione troppo alta", "ha potenza troppo bassa"),
            "intermittent": ("si spegne ogni tanto", "si riavvia da solo", "funziona a intermittenza"),
            "physical_damage": ("è arrivato rotto", "ha la scocca crepata", "ha un connettore piegato"),
            "wrong_or_missing_item": ("non è il modello ordinato", "mancava nella scatola", "è arrivato senza cavo"),
            "software": ("si blocca dopo l'aggiornamento", "perde la configurazione", "mostra un codice di errore"),
            "other": ("fa un rumore forte", "puzza di bruciato", "vibra molto"),
        },
    ),
    Language(
        "nl",
        ("Hallo", "Goedemorgen", "Beste servicedesk", "Geachte heer/mevrouw"),
        ("Met vriendelijke groet", "Groeten", "Alvast bedankt", "Mvg"),
        (
            "Graag een retour regelen.",
            "Kunnen jullie het vervangen?",
            "Wij vragen om reparatie of vervanging.",
            "Graag een RMA-nummer.",
        ),
        (
            "Wanneer wordt het vervangende toestel verzonden?",
            "Is er al nieuws over onze reparatie?",
            "Hoe staat het met onze retour?",
            "Is de vervanging al onderweg?",
        ),
        (
            "Graag een offerte voor 10 stuks.",
            "Bijgaand ons betalingsbewijs.",
            "Bedankt, alles werkt weer.",
            "Wij willen graag dealer worden.",
        ),
        (
            "Uw aanvraag is geregistreerd onder {t}. Dit is een automatisch bericht.",
            "Ticket {t} is aangemaakt. Gelieve niet te antwoorden op deze e-mail.",
        ),
        {
            "ORDER": ("Bestelnummer", "Bestelling", "Ordernummer", "Inkooporder", "Onze order"),
            "SERIAL": ("Serienummer", "Serienr.", "SN"),
            "MODEL": ("Model", "Product", "Type", "Artikel"),
            "TRACKING": ("Track & trace", "Zendingnummer", "Trackingnummer"),
        },
        ("het apparaat", "de module", "de camera", "de sensor", "de laser", "de voeding"),
        {
            "no_power": ("gaat niet meer aan", "is helemaal dood", "geeft geen enkel teken van leven"),
            "no_link": ("wordt niet herkend door de switch", "heeft geen link", "is niet bereikbaar op het netwerk"),
            "optical_performance": ("heeft veel te veel demping", "geeft te weinig vermogen", "is te zwak"),
            "intermittent": ("valt af en toe uit", "herstart steeds vanzelf", "werkt soms wel en soms niet"),
            "physical_damage": ("kwam kapot aan", "heeft een gebarsten behuizing", "heeft een verbogen connector"),
            "wrong_or_missing_item": ("is niet het bestelde model", "ontbrak in de doos", "kwam zonder kabel"),
            "software": ("loopt vast na de update", "verliest de instellingen", "toont een foutcode"),
            "other": ("maakt een hard geluid", "ruikt verbrand", "wordt erg heet"),
        },
    ),
    Language(
        "pl",
        ("Dzień dobry", "Witam", "Szanowni Państwo"),
        ("Pozdrawiam", "Z poważaniem", "Dziękuję"),
        (
            "Prosimy o zorganizowanie zwrotu.",
            "Czy możecie wymienić urządzenie?",
            "Prosimy o naprawę lub wymianę.",
            "Potrzebujemy numeru RMA.",
        ),
        (
            "Kiedy zostanie wysłane urządzenie zastępcze?",
            "Czy są nowe informacje o naszej naprawie?",
            "Na jakim etapie jest nasz zwrot?",
        ),
        (
            "Prosimy o ofertę na 50 sztuk.",
            "W załączniku potwierdzenie przelewu.",
            "Dziękujemy, wszystko działa.",
        ),
        ("Twoje zgłoszenie zostało zarejestrowane pod numerem {t}. To jest wiadomość automatyczna.",),
        {
            "ORDER": ("Zamówienie", "Nr zamówienia", "Numer zamówienia"),
            "SERIAL": ("Numer seryjny", "Nr seryjny", "SN"),
            "MODEL": ("Model", "Produkt", "Typ"),
            "TRACKING": ("Numer przesyłki", "List przewozowy"),
        },
        ("urządzenie", "moduł", "kamera", "czujnik", "sterownik"),
        {
            "no_power": ("nie włącza się", "jest całkowicie martwe", "nie reaguje"),
            "no_link": ("nie jest wykrywane przez switch", "nie ma łącza", "nie łączy się z siecią"),
            "optical_performance": ("ma za duże tłumienie", "ma za małą moc"),
            "intermittent": ("co jakiś czas się wyłącza", "sam się restartuje", "działa tylko czasami"),
            "physical_damage": ("przyszło uszkodzone", "ma pękniętą obudowę", "ma wygięte złącze"),
            "wrong_or_missing_item": ("to nie ten model", "brakowało w paczce", "przyszło bez kabla"),
            "software": ("zawiesza się po aktualizacji", "traci konfigurację", "pokazuje kod błędu"),
            "other": ("głośno buczy", "pachnie spalenizną", "bardzo się grzeje"),
        },
    ),
    Language(
        "sv",
        ("Hej", "God morgon", "Hej supporten"),
        ("Med vänliga hälsningar", "Hälsningar", "Tack"),
        (
            "Vi vill returnera enheten.",
            "Kan ni byta ut den?",
            "Vi ber om reparation eller utbyte.",
            "Vi behöver ett RMA-nummer.",
        ),
        ("När skickas ersättningsenheten?", "Finns det något nytt om vår reparation?", "Hur går det med vår retur?"),
        ("Skicka gärna en offert på 20 st.", "Bifogat finns betalningsavin.", "Tack, allt fungerar nu."),
        ("Ditt ärende har registrerats som {t}. Detta är ett automatiskt meddelande.",),
        {
            "ORDER": ("Ordernummer", "Beställning", "Inköpsorder"),
            "SERIAL": ("Serienummer", "Serienr", "SN"),
            "MODEL": ("Modell", "Produkt", "Typ"),
            "TRACKING": ("Spårningsnummer", "Kollinummer"),
        },
        ("enheten", "modulen", "kameran", "sensorn", "styrningen"),
        {
            "no_power": ("startar inte", "är helt död", "visar inga tecken på liv"),
            "no_link": ("hittas inte av switchen", "har ingen länk", "når inte nätverket"),
            "optical_performance": ("har för hög dämpning", "ger för låg effekt"),
            "intermittent": ("stängs av ibland", "startar om av sig själv", "fungerar bara ibland"),
            "physical_damage": ("kom trasig", "har ett sprucket hölje", "har en böjd kontakt"),
            "wrong_or_missing_item": ("är inte den beställda modellen", "saknades i lådan", "kom utan kabel"),
            "software": ("hänger sig efter uppdateringen", "tappar inställningarna", "visar en felkod"),
            "other": ("låter högt", "luktar bränt", "blir mycket varm"),
        },
    ),
    Language(
        "tr",
        ("Merhaba", "İyi günler", "Sayın yetkili"),
        ("Saygılarımla", "İyi çalışmalar", "Teşekkürler"),
        ("Lütfen iade işlemini başlatın.", "Cihazı değiştirebilir misiniz?", "Tamir veya değişim rica ediyoruz."),
        ("Yedek cihaz ne zaman gönderilecek?", "Tamirimiz hakkında haber var mı?", "İademiz ne aşamada?"),
        ("Lütfen 30 adet için teklif gönderin.", "Ödeme dekontu ektedir.", "Teşekkürler, her şey çalışıyor."),
        ("Talebiniz {t} numarasıyla kaydedildi. Bu otomatik bir mesajdır.",),
        {
            "ORDER": ("Sipariş no", "Sipariş numarası", "Satın alma siparişi"),
            "SERIAL": ("Seri no", "Seri numarası", "SN"),
            "MODEL": ("Model", "Ürün"),
            "TRACKING": ("Kargo takip no", "Takip numarası"),
        },
        ("cihaz", "modül", "kamera", "sensör"),
        {
            "no_power": ("açılmıyor", "tamamen ölü", "hiç tepki vermiyor"),
            "no_link": ("switch tarafından görülmüyor", "bağlantı kurmuyor", "ağa bağlanmıyor"),
            "optical_performance": ("çok yüksek kayıp veriyor", "gücü çok düşük"),
            "intermittent": ("ara sıra kapanıyor", "kendi kendine yeniden başlıyor"),
            "physical_damage": ("kırık geldi", "kasası çatlak", "konnektörü eğilmiş"),
            "wrong_or_missing_item": ("sipariş ettiğimiz model değil", "kutuda eksikti"),
            "software": ("güncellemeden sonra donuyor", "ayarlarını kaybediyor", "hata kodu gösteriyor"),
            "other": ("yüksek ses çıkarıyor", "yanık kokuyor"),
        },
    ),
    Language(
        "cs",
        ("Dobrý den", "Vážení", "Ahoj"),
        ("S pozdravem", "Děkuji", "Zdraví"),
        ("Prosíme o vrácení.", "Můžete zařízení vyměnit?", "Žádáme o opravu nebo výměnu.", "Potřebujeme číslo RMA."),
        ("Kdy bude odeslán náhradní kus?", "Je něco nového k naší opravě?", "V jakém stavu je naše reklamace?"),
        ("Prosíme o nabídku na 20 kusů.", "V příloze posíláme potvrzení platby.", "Děkujeme, vše funguje."),
        ("Váš požadavek byl zaevidován pod číslem {t}. Toto je automatická zpráva.",),
        {
            "ORDER": ("Objednávka", "Č. objednávky", "Obj. č.", "Číslo objednávky"),
            "SERIAL": ("Výrobní číslo", "v.č.", "v. č.", "Sériové číslo", "SN"),
            "MODEL": ("Typ", "Model", "Výrobek"),
            "TRACKING": ("Číslo zásilky", "Sledování zásilky"),
        },
        ("zařízení", "modul", "kamera", "snímač", "procesorová jednotka"),
        {
            "no_power": ("nejde zapnout", "je úplně mrtvé", "nereaguje"),
            "no_link": ("není rozpoznán switchem", "nemá spojení", "se nepřipojí k síti"),
            "optical_performance": ("má příliš velký útlum", "má nízký výkon"),
            "intermittent": ("občas vypadne", "se sám restartuje", "funguje jen někdy"),
            "physical_damage": ("přišlo poškozené", "má prasklý kryt", "má ohnutý konektor"),
            "wrong_or_missing_item": ("není objednaný typ", "chybělo v balíku", "přišlo bez kabelu"),
            "software": ("po aktualizaci zamrzá", "ztrácí konfiguraci", "hlásí chybový kód"),
            "other": ("hlasitě bzučí", "je cítit spáleninou", "se hodně zahřívá"),
        },
    ),
    Language(
        "ja",
        ("お世話になっております。", "ご担当者様", "いつもお世話になっております。"),
        ("よろしくお願いいたします。", "以上、よろしくお願いします。"),
        (
            "返品の手配をお願いします。",
            "交換していただけますか。",
            "修理または交換をお願いします。",
            "RMA番号を発行してください。",
        ),
        ("交換品はいつ発送されますか。", "修理の進捗はいかがでしょうか。", "返品の状況を教えてください。"),
        ("50台の見積もりをお願いします。", "お支払いの通知を添付します。", "ありがとうございます、解決しました。"),
        ("お問い合わせを受け付けました（受付番号 {t}）。このメールは自動送信です。",),
        {
            "ORDER": ("注文番号", "発注番号", "ご注文番号"),
            "SERIAL": ("シリアル番号", "製造番号", "S/N"),
            "MODEL": ("型番", "製品", "モデル"),
            "TRACKING": ("追跡番号", "送り状番号"),
        },
        ("本体が", "モジュールが", "カメラが", "センサーが"),
        {
            "no_power": ("電源が入りません", "起動しません", "全く反応しません"),
            "no_link": ("スイッチに認識されません", "リンクしません", "ネットワークにつながりません"),
            "optical_performance": ("損失が大きすぎます", "出力が低すぎます"),
            "intermittent": ("時々切れます", "勝手に再起動します"),
            "physical_damage": ("割れて届きました", "コネクタが曲がっています"),
            "wrong_or_missing_item": ("注文した型番と違います", "箱に入っていませんでした"),
            "software": ("アップデート後に固まります", "設定が消えます", "エラーコードが出ます"),
            "other": ("異音がします", "焦げ臭いです"),
        },
        space="",
    ),
)
