"""Reported statements on real Arabic text: speakers, stances, topics, accused."""

from __future__ import annotations

from pathlib import Path

import pytest

from dossier import claims, statements
from dossier.actors import Registry
from dossier.ingest import read_article
from dossier.paths import CORPUS_DIR


@pytest.fixture(scope="module")
def registry():
    return Registry.load()


def run(registry, *paras, published="2022-11-10", timexes=()):
    paras = list(paras)
    mentions = registry.link_article("t", paras)
    return statements.extract("t", paras, mentions, list(timexes), published, registry)


def one(registry, text, **kw):
    recs = run(registry, text, **kw)
    assert len(recs) == 1, [r["text"] for r in recs]
    return recs[0]


def article(registry, stem):
    art = read_article(next(CORPUS_DIR.glob(f"{stem}*.txt")))
    paras = list(art.paragraphs)
    mentions = registry.link_article(art.article_id, paras)
    return statements.extract(art.article_id, paras, mentions, [], "2022-11-10", registry)


def find(recs, needle):
    hits = [r for r in recs if needle in r["text"]]
    assert hits, needle
    return hits


# ------------------------------------------------------------ attribution
def test_vso_state_speaker_denial(registry):
    r = one(registry, "ونفت إيران وجود خطط لبيع صواريخ باليستية لروسيا.")
    assert (r["speaker_actor_id"], r["speaker_country"], r["speaker_surface"]) == ("IRN", "IRN", "إيران")
    assert r["stance"] == "denial" and r["topics"] == "missiles"
    assert r["cues"].split(";")[0] == "ونفت"
    assert r["speaker_source"] == "after"


def test_vso_title_and_name(registry):
    r = one(registry, 'وقال وزير الخارجية الروسي سيرغي لافروف إن "التعاون مع إيران لا يستهدف أي طرف ثالث".')
    assert r["speaker_actor_id"] == "sergey_lavrov"
    assert r["speaker_country"] == "RUS"
    assert r["speaker_surface"] == "وزير الخارجية الروسي سيرغي لافروف"
    assert r["quote"] == "التعاون مع إيران لا يستهدف أي طرف ثالث"
    assert r["stance"] == "statement"


def test_svo_speaker(registry):
    r = one(registry, "الرئيس بوتين قال إن العلاقات مع طهران تتطور.")
    assert r["speaker_actor_id"] == "vladimir_putin"
    assert r["speaker_source"] == "before"


def test_nominal_sentence_svo(registry):
    r = run(registry, 'واشنطن ولندن تتهمان طهران بتسليم موسكو صواريخ "فتح 360"')[0]
    assert r["speaker_country"] == "USA" and r["speaker_actor_ids"] == "washington;london"
    assert (r["stance"], r["accused_country"], r["topics"]) == ("claim", "IRN", "missiles")


def test_collective_adjective_speaker(registry):
    r = one(registry, "وخلال الأسابيع الماضية، حذر المسؤولون الأوكرانيون من تسليم إيران لروسيا "
                      "صواريخ باليستية عالية الدقة.")
    assert (r["speaker_actor_id"], r["speaker_surface"]) == ("UKR", "المسؤولون الأوكرانيون")
    assert r["stance"] == "claim"
    assert r["accused_country"] == "IRN" and r["accused_rule"] == "supplier"
    assert r["topics"] == "missiles"


def test_capital_and_region_speakers(registry):
    r = one(registry, "وتقول كييف والغرب إن روسيا استخدمت الطائرات المسيرة الإيرانية لاستهداف "
                      "البنية التحتية للطاقة في أوكرانيا.")
    assert r["speaker_actor_id"] == "UKR"  # a capital speaks for its state
    assert r["speaker_actor_ids"] == "kyiv;region_west"
    assert r["speaker_surface"] == "كييف والغرب"
    assert (r["stance"], r["accused_country"], r["topics"]) == ("claim", "IRN", "drones")


def test_media_speaker(registry):
    r = one(registry, 'وأفادت وكالة "رويترز" بأن طهران حذرت روسيا قبل هجوم موسكو من احتمال وقوع هجمات.')
    assert r["speaker_actor_id"] == "reuters"
    assert r["speaker_surface"] == 'وكالة "رويترز"'


def test_follow_up_wa_adaf(registry):
    recs = run(registry,
               "وقال المتحدث باسم وزارة الخارجية الأمريكية نيد برايس إن إيران تزود روسيا بالمسيرات.",
               'وأضاف: "سنواصل فرض العقوبات على كل من يشارك في ذلك".')
    assert len(recs) == 2
    first, follow = recs
    assert follow["speaker_actor_id"] == first["speaker_actor_id"] != ""
    assert follow["speaker_source"] == "previous"
    assert follow["cues"].startswith("sanctions") is False and "العقوبات" in follow["cues"]


def test_unknown_speaker_keeps_surface(registry):
    r = one(registry, 'وقالت "نيكول جراجوسكي"، وهي خبيرة العلاقات الروسية الإيرانية، إن "مكانة إيران نمت".')
    assert r["speaker_actor_id"] == ""
    assert r["speaker_surface"] == "نيكول جراجوسكي"


def test_relayed_speaker(registry):
    r = one(registry, "ونقلت وكالة أنباء «نوفوستي» الرسمية عن مستشار البنتاغون السابق دوغلاس ماكغريغور، أن بوتين يجمع كل الأوراق.")
    assert r["speaker_source"] == "relayed"
    assert r["via"] == "ria_novosti"


# ------------------------------------------------------------ stance cues
@pytest.mark.parametrize("text,stance,cue", [
    ("واتهم وزير الخارجية الأمريكي أنتوني بلينكن إيران بتسليم روسيا صواريخ باليستية.", "claim", "واتهم"),
    ("وزعمت أوكرانيا أن إيران أرسلت مسيرات إلى روسيا.", "claim", "وزعمت"),
    ("وقال المتحدث إن بلاده لم ترسل صواريخ إلى روسيا.", "denial", "لم ترسل"),
    ('ووصفت طهران التقارير بأنها "عارية عن الصحة".', "denial", "عارية عن الصحة"),
    ('وقال مندوب إيران إن الادعاءات "لا أساس لها من الصحة".', "denial", "لا أساس لها من الصحة"),
    ('واعتبر وزير الخارجية الإيراني الاتهامات "باطلة تماما".', "denial", "باطلة"),
    ("واعترفت إيران بأنها زودت روسيا بطائرات مسيرة.", "admission", "واعترفت"),
    ("وقال الرئيس الأوكراني فولوديمير زيلينسكي إن كييف قدمت أدلة على استخدام مسيرات شاهد 136.",
     "claim", "أدلة"),
    ("وأعلنت روسيا أنها ستواصل التعاون مع إيران.", "statement", ""),
])
def test_each_stance_with_its_cue(registry, text, stance, cue):
    r = one(registry, text)
    assert r["stance"] == stance
    if cue:
        assert cue in r["stance_cues"].split(";")


def test_negated_verb_is_no_denial(registry):
    r = one(registry, "أما الكرملين فلم ينف التقارير عن الصواريخ.")
    assert r["stance"] == "statement"


# ------------------------------------------------------------ 003: admission + denial
TWO = ('وفي مطلع الأسبوع، أقرت طهران للمرة الأولى بأنها أرسلت "عددا صغيرا" من الطائرات المسيرة إلى '
       'موسكو، لكنها قالت إنها شحنت قبل بدء الحرب، بينما نفى وزير الخارجية الإيراني "حسين أمير '
       'عبداللهيان" أن تكون بلاده قد زودت روسيا بصواريخ معتبرا الاتهامات "باطلة تماما".')


def test_two_statement_sentence(registry):
    adm, den = run(registry, TWO)
    assert adm["stance"] == "admission" and adm["partial"] is True
    assert (adm["speaker_actor_id"], adm["speaker_actor_ids"]) == ("IRN", "tehran")
    assert adm["topics"] == "drones"
    assert {"عددا صغيرا", "قبل بدء الحرب", "لكنها قالت"} <= set(adm["stance_cues"].split(";"))
    assert adm["text"].endswith("لكنها قالت إنها شحنت قبل بدء الحرب،")
    assert den["stance"] == "denial" and den["partial"] is False
    assert (den["speaker_actor_id"], den["speaker_country"]) == ("hossein_amir_abdollahian", "IRN")
    assert den["topics"] == "missiles"
    assert den["text"].startswith("بينما نفى")
    assert den["accused_country"] == "IRN"  # "بلاده" = the speaker's country
    assert (adm["statement_id"], den["statement_id"]) == ("t:0:0", "t:0:1")
    # offsets are original paragraph offsets
    assert TWO[adm["start"]:adm["end"]] == adm["text"]
    assert TWO[den["start"]:den["end"]] == den["text"]


def test_same_speaker_admits_then_denies(registry):
    text = ('أقر وزير الخارجية الإيراني حسين أمير عبد اللهيان، السبت، للمرة الأولى بأن بلاده زودت روسيا '
            'بـ"عدد محدود" من الطائرات المسيّرة "قبل أشهر من بدء الحرب في أوكرانيا"، لكنه نفى أن تكون '
            'طهران قد أرسلت صواريخ إلى موسكو.')
    adm, den = run(registry, text)
    assert (adm["stance"], adm["partial"], adm["topics"]) == ("admission", True, "drones")
    assert (den["stance"], den["topics"]) == ("denial", "missiles")
    assert adm["speaker_actor_id"] == den["speaker_actor_id"] == "hossein_amir_abdollahian"
    assert den["speaker_source"] == "previous"


def test_but_with_new_speaker_splits(registry):
    text = ('ونفت إيران وجود خطط لبيع صواريخ باليستية لروسيا، لكن الميجور جنرال "كيريلو بودانوف" رئيس '
            'مديرية المخابرات الدفاعية الأوكرانية، قال إن تسليم الصواريخ الإيرانية قد يحدث بحلول نهاية '
            'نوفمبر/تشرين الثاني الجاري.')
    den, cl = run(registry, text)
    assert (den["stance"], den["speaker_actor_id"]) == ("denial", "IRN")
    assert (cl["stance"], cl["speaker_country"], cl["accused_country"]) == ("claim", "UKR", "IRN")
    assert cl["topics"] == "missiles"


def test_colon_headline(registry):
    recs = run(registry, 'طهران تعترف بإرسال "عدد محدود" من المسيّرات لروسيا.. وزيلينسكي: إيران تكذب')
    assert [(r["stance"], r["speaker_country"]) for r in recs] == [("admission", "IRN"), ("claim", "UKR")]
    assert recs[0]["partial"] is True
    assert recs[1]["speaker_actor_id"] == "volodymyr_zelensky"


# ------------------------------------------------------------ segmentation, dates
def test_no_split_inside_quotes(registry):
    text = ('وأضافت: "روسيا وإيران لديهما وجهات نظر عالمية طموحة مماثلة. يريدون نقل القوة بعيدا عن الغرب". '
            'وقال لافروف إن العلاقات جيدة.')
    p = statements._Para(text, [], [])
    sents = [p.surface(a, b) for a, b in statements._sentences(p)]
    assert len(sents) == 2 and sents[0].endswith('الغرب".')


def test_date_from_attribution_timex_else_published(registry):
    text = "وفي مطلع الأسبوع، أقرت طهران بأنها أرسلت مسيرات إلى روسيا في يناير الماضي."
    start = text.index("مطلع الأسبوع")
    tx = [{"article_id": "t", "para_idx": 0, "start": start, "end": start + len("مطلع الأسبوع"),
           "surface": "مطلع الأسبوع", "value": "2022-11-07", "precision": "week"},
          {"article_id": "t", "para_idx": 0, "start": text.index("يناير"), "end": text.index("يناير") + 5,
           "surface": "يناير", "value": "2022-01", "precision": "month"}]
    r = one(registry, text, timexes=tx)
    assert (r["date"], r["date_source"]) == ("2022-11-07", "timex")
    r2 = one(registry, "وأقرت طهران بأنها أرسلت مسيرات إلى روسيا في يناير الماضي.", timexes=tx[1:])
    assert (r2["date"], r2["date_source"]) == ("2022-11-10", "published")
    r3 = one(registry, "وأقرت طهران بأنها أرسلت مسيرات إلى روسيا.", published="")
    assert (r3["date"], r3["date_source"]) == ("", "none")


def test_hand_made_mentions_without_registry():
    text = "ونفت إيران أنها أرسلت صواريخ إلى روسيا."
    ms = [{"article_id": "t", "para_idx": 0, "start": 5, "end": 10, "surface": "إيران",
           "actor_id": "IRN", "kind": "country", "country": "IRN", "form": "name"}]
    r = statements.extract("t", [text], ms, [], "2024-09-11", None)[0]
    assert (r["speaker_actor_id"], r["stance"], r["topics"]) == ("IRN", "denial", "missiles")


def test_no_statement_without_attribution(registry):
    assert run(registry, "ولعبت الأسلحة الإيرانية دورا كبيرا في صراعات طهران بالوكالة.") == []


# ------------------------------------------------------------ seeds
def test_seed_003(registry):
    recs = article(registry, "003_")
    den = find(recs, "ونفت إيران وجود خطط")[0]
    assert (den["stance"], den["speaker_country"], den["topics"]) == ("denial", "IRN", "missiles")
    cl = find(recs, "حذر المسؤولون الأوكرانيون")[0]
    assert (cl["stance"], cl["speaker_country"], cl["accused_country"]) == ("claim", "UKR", "IRN")
    assert "missiles" in cl["topics"].split(";")
    first = find(recs, "أقرت طهران للمرة الأولى")[0]
    adm = [r for r in recs if r["para_idx"] == first["para_idx"]]
    assert [(r["stance"], r["speaker_country"], r["topics"]) for r in adm] == [
        ("admission", "IRN", "drones"), ("denial", "IRN", "missiles")]
    assert adm[0]["partial"] is True
    assert adm[1]["speaker_actor_id"] == "hossein_amir_abdollahian"
    ids = [r["statement_id"] for r in recs]
    assert len(ids) == len(set(ids))


def test_seed_002(registry):
    recs = article(registry, "002_")
    eu = find(recs, "اتهمت الدول الأعضاء بالاتحاد الأوروبي")[0]
    assert (eu["stance"], eu["speaker_actor_id"], eu["topics"]) == ("claim", "eu", "drones")
    assert eu["accused_country"] == "IRN" and eu["accused_rule"] == "object"
    assert eu["cues"].startswith("اتهمت;")
    warn = find(recs, "حذرت الولايات المتحدة وبريطانيا والاتحاد الأوروبي")[0]
    assert warn["speaker_actor_ids"] == "USA;GBR;eu"
    assert (warn["stance"], warn["accused_country"]) == ("claim", "IRN")
    assert "drones" in warn["topics"].split(";")
    assert all(Path(r["article_id"]).name.startswith("002_") for r in recs)


# ------------------------------------------------------------ passive, impersonal, noun denials
def test_passive_attribution_with_agent(registry):
    r = one(registry, 'وتم تأكيد استخدام المسيرات الإيرانية من قبل وزارة الدفاع البريطانية، التي نشرت '
                      'صوراً لحطام مسيرة "شاهد 136" أسقطت قرب خاركيف.')
    assert (r["speaker_country"], r["speaker_source"], r["head"]) == ("GBR", "agent", "passive")
    assert r["speaker_surface"] == "وزارة الدفاع البريطانية"
    assert (r["stance"], r["topics"], r["accused_country"]) == ("claim", "drones", "IRN")


def test_passive_verb_with_agent(registry):
    r = one(registry, "وأكدت من قبل وزارة الخارجية الإيرانية أن طهران لم ترسل صواريخ إلى روسيا.")
    assert (r["speaker_country"], r["speaker_source"], r["stance"]) == ("IRN", "agent", "denial")


def test_agent_marker_alone_is_no_statement(registry):
    assert run(registry, "وفرضت عقوبات من قبل الولايات المتحدة على شركات إيرانية تنتج المسيرات.") == []


def test_impersonal_verbs_have_no_speaker(registry):
    assert run(registry, "وتشعر الدوائر الغربية بالقلق، حيث تعتبر هذه المنطقة ساحة نفوذ تقليدية.") == []
    assert run(registry, "يذكر أن هذه الزيارة هي الثانية لشويغو إلى طهران هذا العام.") == []
    assert run(registry, 'وتعتبر صواريخ "فتح 360" من أحدث الصواريخ الباليستية الإيرانية.') == []
    # with a linked subject, the same verb reports a view
    r = one(registry, "وتعتبر موسكو أن الاتهامات الغربية باطلة.")
    assert (r["speaker_country"], r["stance"]) == ("RUS", "denial")


def test_mentioning_drones_is_no_statement(registry):
    assert run(registry, "وشهدت كييف صباح الاثنين موجة جديدة من الهجمات بالطائرات المسيرة "
                         "أسفرت عن مقتل أربعة أشخاص.") == []


def test_noun_denials(registry):
    r = one(registry, "وجدد كنعاني نفي بلاده تزويد روسيا بالصواريخ.")
    assert (r["speaker_actor_id"], r["stance"], r["topics"]) == ("nasser_kanaani", "denial", "missiles")
    r = one(registry, 'وفي نفي لهذه الاتهامات، قال نائب وزير الخارجية الروسي سيرغي ريابكوف إن موسكو '
                      '"لا تحتاج إلى صواريخ من أي دولة أخرى".')
    assert (r["speaker_country"], r["stance"], r["topics"]) == ("RUS", "denial", "missiles")
    assert "وفي نفي" in r["stance_cues"].split(";")


def test_refusing_to_comment_is_no_denial(registry):
    r = one(registry, 'أما المتحدث باسم الكرملين ديمتري بيسكوف فقد رفض التعليق على التقارير عن '
                      'الطائرات المسيرة الإيرانية.')
    assert (r["speaker_actor_id"], r["stance"]) == ("dmitry_peskov", "statement")


def test_relative_denial_is_a_second_statement(registry):
    cl, den = run(registry, "وكانت الولايات المتحدة قد اتهمت إيران في يوليو الماضي بالتحضير لتزويد روسيا "
                            "بمئات الطائرات المسيرة، وهو ما نفته طهران حينها.")
    assert (cl["speaker_country"], cl["stance"], cl["accused_country"]) == ("USA", "claim", "IRN")
    assert cl["accused_countries"] == "IRN;RUS"
    assert (den["speaker_country"], den["stance"], den["topics"]) == ("IRN", "denial", "drones")
    assert den["text"].startswith("وهو ما نفته")


def test_transfer_claim_accuses_supplier_and_recipient(registry):
    r = one(registry, 'وقال بلينكن إن "إيران ساعدت روسيا على شن حربها العدوانية، والآن تزودها بالصواريخ".')
    assert (r["stance"], r["accused_country"], r["accused_countries"]) == ("claim", "IRN", "IRN;RUS")
    r = one(registry, 'وأكد وزير الخارجية الأمريكي أنتوني بلينكن أن روسيا تسلمت شحنات من الصواريخ '
                      'الباليستية الإيرانية من طراز "فتح 360".')
    assert (r["stance"], r["accused_country"], r["accused_countries"]) == ("claim", "IRN", "IRN;RUS")
    r = one(registry, 'وبحسب مصادر إسرائيلية، فإن الصواريخ التي تنوي إيران إرسالها إلى روسيا من طراز "ذو الفقار".')
    assert (r["speaker_country"], r["stance"], r["accused_countries"]) == ("ISR", "claim", "IRN;RUS")


def test_conditional_transfer_is_no_claim(registry):
    r = one(registry, "ويقول دبلوماسيون أوروبيون إن بروكسل تدرس فرض عقوبات إضافية على طهران إذا ثبت "
                      "إرسال صواريخ باليستية إلى موسكو.")
    assert r["stance"] == "statement"


def test_follow_up_continues_unknown_speaker_surface(registry):
    recs = run(registry, 'وقالت "نيكول جراجوسكي" إن "مكانة إيران نمت".',
               'وأضافت: "روسيا وإيران لديهما وجهات نظر متقاربة".')
    assert [r["speaker_surface"] for r in recs] == ["نيكول جراجوسكي", "نيكول جراجوسكي"]
    assert recs[1]["speaker_source"] == "previous"


# ------------------------------------------------------------ UN exchanges, nominal heads, field actors
def test_wa_radda_reply_with_ban(registry):
    r = one(registry, 'وردّ المندوب الروسي فاسيلي نيبينزيا بأن الاتهامات الغربية بشأن المسيرات "لا أساس لها".')
    assert (r["speaker_actor_id"], r["speaker_country"], r["stance"], r["topics"]) == (
        "vasily_nebenzya", "RUS", "denial", "drones")
    assert r["stance_cues"] == "لا أساس لها"


def test_warada_fi_is_no_reply_and_no_supply():
    reg = Registry.load()
    assert run(reg, "وورد في التقرير أن الصادرات تراجعت خلال العام الماضي.") == []
    assert run(reg, "ووردت إيران صواريخ إلى روسيا عبر بحر قزوين.") == []


def test_radda_with_long_subject_before_ala(registry):
    r = one(registry, "ردّ المتحدث باسم الخارجية الإيرانية ناصر كنعاني، الاثنين، على تقرير وزارة الدفاع "
                      'البريطانية بشأن المسيرات، واصفاً إياه بأنه "جزء من الحرب النفسية".')
    assert (r["speaker_actor_id"], r["stance"], r["topics"]) == ("nasser_kanaani", "denial", "drones")
    assert r["cues"].split(";")[:2] == ["الحرب النفسية", "المسيرات"]


def test_participle_head_after_comma(registry):
    recs = run(registry, "واتهمت واشنطن إيران بإرسال مسيرات إلى روسيا.",
               'وانضم المندوب الفرنسي نيكولا دو ريفيير إلى الموقف ذاته، قائلاً إن "نقل إيران هذه الطائرات '
               'إلى روسيا يمثل خرقاً للقرار 2231".')
    r = recs[1]
    assert (r["head"], r["speaker_actor_id"], r["speaker_country"]) == ("participle", "nicolas_de_riviere", "FRA")
    assert (r["stance"], r["topics"], r["topics_inherited"]) == ("claim", "drones", True)
    assert (r["accused_country"], r["accused_countries"]) == ("IRN", "IRN;RUS")


def test_idh_clause_takes_main_subject(registry):
    r = one(registry, 'وذهب نائبه دميتري بوليانسكي أبعد من ذلك، إذ وصف الجلسة بأنها "مسرحية".')
    assert (r["speaker_actor_id"], r["speaker_country"], r["speaker_source"]) == ("dmitry_polyanskiy", "RUS", "before")


def test_lafata_and_anaphoric_ministry(registry):
    recs = run(registry, "قالت وزارة الدفاع البريطانية إن روسيا تنتظر شحنة جديدة من المسيرات الإيرانية.",
               "ولفتت الوزارة إلى أن الهجمات بالمسيرات تراجعت، مرجحة أن تستأنف موسكو استخدامها فور "
               "وصول الإمدادات الإيرانية.")
    assert [(r["speaker_actor_id"], r["stance"], r["topics"]) for r in recs] == [
        ("gbr_mod", "claim", "drones"), ("gbr_mod", "claim", "drones")]
    assert recs[1]["speaker_source"] == "previous"
    assert recs[0]["accused_countries"] == "RUS;IRN"


def test_shaddada_with_supplier_noun(registry):
    r = one(registry, 'وشدد التقييم البريطاني على أن إيران "تظل المورد الرئيسي للمسيرات الانتحارية إلى روسيا".')
    assert (r["speaker_country"], r["stance"], r["topics"]) == ("GBR", "claim", "drones")
    assert (r["accused_country"], r["accused_rule"]) == ("IRN", "supplier")


def test_masculine_naqala_an_relays(registry):
    r = one(registry, "ونقل موقع أكسيوس عن مسؤول أمريكي رفيع قوله إن بيونغ يانغ سلمت موسكو أكثر من "
                      "مليون قذيفة مدفعية.")
    assert (r["speaker_country"], r["via"], r["speaker_source"]) == ("USA", "axios", "relayed")
    assert (r["stance"], r["topics"], r["accused_country"]) == ("claim", "weapons", "PRK")
    assert run(registry, "وتم نقل الصواريخ عن طريق بحر قزوين.") == []


def test_nominal_attribution_warada_fi_bayan(registry):
    r = one(registry, "وورد في بيان لوزارة الخارجية الكورية الشمالية أن \"الادعاءات الأمريكية بشأن صفقات "
                      "أسلحة مع روسيا سخيفة\".")
    assert (r["head"], r["speaker_actor_id"], r["speaker_country"], r["stance"]) == (
        "attr", "prk_mfa", "PRK", "denial")


def test_wafqan_li_think_tank(registry):
    r = one(registry, "ووفقاً لمعهد دراسة الحرب الأمريكي، فإن روسيا طلبت من إيران شحنات جديدة من المسيرات.")
    assert (r["speaker_actor_id"], r["speaker_country"], r["stance"]) == ("isw", "USA", "claim")
    assert (r["accused_country"], r["accused_rule"]) == ("IRN", "supplier")


def test_title_place_name_group(registry):
    r = one(registry, 'بدوره، رد السفير الروسي في واشنطن أناتولي أنطونوف على التقرير بأنه "محض خيال".')
    assert (r["speaker_actor_id"], r["speaker_country"], r["stance"], r["stance_cues"]) == (
        "anatoly_antonov", "RUS", "denial", "محض خيال")


def test_own_country_supplier_is_not_accused(registry):
    r = one(registry, "شددت المندوبة البريطانية باربرا وودوارد على أن بلادها قدمت للأمانة العامة صوراً "
                      "لحطام مسيرات إيرانية أسقطت في أوكرانيا.")
    assert (r["speaker_actor_id"], r["stance"], r["accused_country"], r["accused_rule"]) == (
        "barbara_woodward", "claim", "IRN", "origin")


def test_recipient_noun_supplier_before(registry):
    r = one(registry, 'وقال وزير الدفاع الإسرائيلي بيني غانتس إن "طهران تعمل على تزويد موسكو بصواريخ أرض-أرض".')
    assert (r["speaker_country"], r["stance"], r["topics"]) == ("ISR", "claim", "missiles")
    assert (r["accused_country"], r["accused_countries"]) == ("IRN", "IRN;RUS")


def test_purchase_from_names_supplier(registry):
    r = one(registry, 'وأضاف كيربي أن موسكو "تسعى أيضاً لشراء صواريخ باليستية قصيرة المدى من إيران".')
    assert (r["stance"], r["accused_country"], r["accused_rule"]) == ("claim", "IRN", "supplier")


def test_dprk_missile_origin_and_use(registry):
    r = one(registry, 'وقالت ليندا توماس غرينفيلد إن "هذه الصواريخ الكورية الشمالية تقتل المدنيين الأوكرانيين".')
    assert (r["speaker_country"], r["stance"], r["topics"], r["accused_country"]) == (
        "USA", "claim", "missiles", "PRK")


def test_no_need_denial_and_wa_huwa_ma_itabarahu(registry):
    r = one(registry, 'غير أن صحيفة "كوميرسانت" نقلت عن مصدر في وزارة الدفاع الروسية أن الجيش "ليس بحاجة '
                      'إلى صواريخ أجنبية".')
    assert (r["speaker_country"], r["stance"], r["topics"]) == ("RUS", "denial", "missiles")
    recs = run(registry, "وزار شويغو بيونغ يانغ، وهو ما اعتبره محللون مؤشراً على صفقة وشيكة.")
    assert [(x["speaker_surface"].split()[0], x["stance"], x["text"]) for x in recs] == [
        ("محللون", "statement", "وهو ما اعتبره محللون مؤشراً على صفقة وشيكة.")]


def test_field_actor_registry_links(registry):
    got = {m["actor_id"] for m in registry.link_article("t", [
        "قال دميتري بوليانسكي وسيرغي كيسليتسيا وإيغور كوناشينكوف وأندريه رودينكو، ونقلت صحيفة "
        "يديعوت أحرونوت وصحيفة كيهان عن معهد دراسة الحرب ووزارة الدفاع البريطانية."])}
    assert {"dmitry_polyanskiy", "sergiy_kyslytsya", "igor_konashenkov", "andrey_rudenko",
            "yedioth_ahronoth", "kayhan", "isw", "gbr_mod"} <= got


# ------------------------------------------------------------ blind dev set d12–d18 (generalisation)
def test_denial_of_knowledge_and_own_make(registry):
    r = one(registry, 'أكد المتحدث الرسمي باسم الكرملين دميتري بيسكوف أن موسكو لا تملك أي معلومات حول '
                      'استخدام قواتها طائرات مسيرة إيرانية في منطقة العملية العسكرية الخاصة، مشدداً على أن '
                      'جميع المعدات المستخدمة "روسية التسميات وروسية الصنع".')
    assert (r["speaker_actor_id"], r["speaker_country"], r["stance"]) == ("dmitry_peskov", "RUS", "denial")
    assert r["topics"] == "drones;weapons"
    assert r["stance_cues"] == "لا تملك أي معلومات;روسية التسميات;وروسية الصنع"


def test_the_national_industry_is_no_own_make_denial(registry):
    # "الصناعة الإيرانية" (definite: the industry) is a boast, not "صناعة إيرانية" (the make)
    r = one(registry, 'وقال قائد سلاح الجو في الجيش الإيراني إن "الطائرات المسيرة التي يتحدث عنها الغرب '
                      'ثمرة تقدم الصناعة الإيرانية رغم العقوبات".')
    assert (r["speaker_country"], r["stance"], r["stance_cues"]) == ("IRN", "statement", "")


def test_own_make_denial_and_foreign_make_claim(registry):
    den = one(registry, 'من جهته، قال المتحدث باسم جماعة أنصار الله محمد عبد السلام إن "الصواريخ التي '
                        'تطلقها القوة الصاروخية صناعة يمنية خالصة"، متوعداً بضربات "أبعد مدى" على الرياض.')
    assert (den["speaker_actor_id"], den["speaker_country"], den["stance"]) == (
        "mohammed_abdulsalam", "YEM", "denial")
    assert (den["topics"], den["stance_cues"]) == ("missiles", "صناعة يمنية")
    cl = one(registry, 'عرضت المندوبة الأمريكية لدى الأمم المتحدة نيكي هايلي بقايا صاروخ قالت إن الحوثيين '
                       'أطلقوه على مطار الملك خالد الدولي في الرياض، مؤكدة أنه صاروخ "قيام" إيراني الصنع.')
    assert (cl["speaker_country"], cl["stance"], cl["topics"]) == ("USA", "claim", "missiles")
    assert cl["accused_countries"] == "IRN;YEM" and cl["stance_cues"] == "transfer:origin"


def test_need_is_a_denial_only_about_arms(registry):
    r = one(registry, 'ونقلت وكالة "إرنا" عن مصدر مطلع في وزارة الدفاع الإيرانية قوله إن إيران "لا تحتاج '
                      'إلى إذن أحد" لتطوير تعاونها العسكري مع الدول الصديقة.')
    assert (r["speaker_actor_id"], r["speaker_country"], r["stance"], r["topics"]) == (
        "irn_mod", "IRN", "statement", "")
    r = one(registry, 'وقال نائب وزير الخارجية الروسي سيرغي ريابكوف إن روسيا "لا تحتاج إلى صواريخ من أي دولة أخرى".')
    assert (r["stance"], r["topics"], r["stance_cues"]) == ("denial", "missiles", "لا تحتاج إلى")


def test_negated_supply_verb_is_a_denial(registry):
    r = one(registry, 'في المقابل، دان المتحدث باسم وزارة الخارجية الإيرانية ناصر كنعاني القرار الأوروبي، '
                      'مؤكداً أن "إيران لم تصدر أي طائرات مسيرة أو أسلحة لاستخدامها في الحرب ضد أوكرانيا".')
    assert (r["speaker_actor_id"], r["stance"], r["topics"], r["stance_cues"]) == (
        "nasser_kanaani", "denial", "drones;weapons", "لم تصدر")
    assert r["accused_country"] == "IRN"


REUTERS = ('كشفت وكالة رويترز، نقلاً عن ستة مصادر مطلعة، أن إيران زودت روسيا بعدد كبير من الصواريخ '
           'الباليستية أرض-أرض القوية.')


def test_accused_party_official_confirming_is_an_admission(registry):
    cl, adm, adm2 = run(
        registry, REUTERS,
        'وقال أحد المسؤولين الإيرانيين للوكالة، طالباً عدم الكشف عن هويته، إن شحنات الصواريخ "بدأت مطلع '
        'يناير بعد اتفاق أبرم في أواخر العام الماضي".',
        'وأضاف مسؤول إيراني آخر أن "هناك ما لا يقل عن أربع شحنات، وستكون هناك المزيد في الأسابيع المقبلة"، '
        'رافضاً تقديم تفاصيل إضافية.')
    assert (cl["speaker_actor_id"], cl["stance"], cl["accused_countries"]) == ("reuters", "claim", "IRN;RUS")
    # "عدم الكشف عن هويته" is no كشف claim, "رافضاً تقديم" no denial
    assert (adm["speaker_country"], adm["stance"], adm["topics"], adm["stance_cues"]) == (
        "IRN", "admission", "missiles", "شحنات")
    assert (adm2["speaker_country"], adm2["stance"], adm2["topics"]) == ("IRN", "admission", "missiles")
    assert adm["accused_country"] == adm2["accused_country"] == "IRN"
    # without an earlier claim against Iran, the same words are a plain statement
    alone = run(registry, 'وأضاف مسؤول إيراني آخر أن "هناك ما لا يقل عن أربع شحنات صواريخ"، رافضاً تقديم تفاصيل.')
    assert [r["stance"] for r in alone] == ["statement"]


def test_exception_inside_denial_is_a_second_partial_admission(registry):
    den, adm = run(registry, 'ولم تعلق طهران على الاتهامات الأوكرانية الأخيرة، لكنها تنفي منذ 2022 إرسال مسيرات '
                             'لاستخدامها في الحرب، باستثناء ما وصفته بـ"عدد محدود" سلمته لموسكو قبل اندلاعها.')
    # "لكنها" is the sentence's subject, Tehran (no statement before it in the sentence)
    assert (den["speaker_actor_id"], den["speaker_country"], den["stance"], den["partial"]) == (
        "IRN", "IRN", "denial", False)
    assert (adm["speaker_actor_id"], adm["stance"], adm["partial"], adm["topics"]) == (
        "IRN", "admission", True, "drones")
    assert adm["stance_cues"] == "عدد محدود" and den["stance_cues"] == "تنفي"
    assert den["text"] == adm["text"] and (den["statement_id"], adm["statement_id"]) == ("t:0:0", "t:0:1")


def test_svo_subject_inside_complement_clause(registry):
    r = one(registry, 'وتجدر الإشارة إلى أن طهران نفت مراراً تزويد موسكو بطائرات مسيرة لاستخدامها في النزاع '
                      'الأوكراني، مؤكدة التزامها بالحياد.')
    assert (r["speaker_actor_id"], r["speaker_country"], r["stance"], r["topics"]) == (
        "IRN", "IRN", "denial", "drones")


def test_surname_alone_continues_the_named_speaker(registry):
    first, second = run(
        registry,
        # (a name the registry does not know)
        'عرضت المندوبة الأمريكية لدى الأمم المتحدة ليندا ووكر بقايا صاروخ قالت إن الحوثيين أطلقوه على الرياض.',
        'وقالت ووكر إن "الأدلة دامغة"، وإن "الصاروخ يحمل شعار شركة إيرانية للصناعات الدفاعية".')
    assert first["speaker_country"] == "USA"
    assert (second["speaker_surface"], second["speaker_country"], second["speaker_source"]) == (
        "ووكر", "USA", "continuity")
    assert (second["stance"], second["topics"]) == ("claim", "missiles")


def test_passive_naql_an_and_impersonal_reporting(registry):
    r = one(registry, 'ونُقل عن دبلوماسي فرنسي قوله إن باريس "تأخذ الأدلة الأمريكية حول الصواريخ على محمل الجد".')
    assert (r["speaker_actor_id"], r["speaker_country"], r["speaker_source"]) == ("FRA", "FRA", "relayed")
    r = one(registry, 'وتردد في أروقة الأمم المتحدة أن الرياض ستطلب جلسة طارئة لمجلس الأمن لبحث '
                      '"الاعتداءات الصاروخية الحوثية".')
    assert (r["speaker_actor_id"], r["speaker_country"], r["speaker_source"]) == ("", "", "impersonal")
    assert (r["stance"], r["topics"], r["cues"]) == ("statement", "missiles", "الصاروخية")


def test_interview_answers_are_the_interviewees_statements(registry):
    recs = run(
        registry,
        'أقر السفير الإيراني في موسكو كاظم جلالي، في مقابلة مع صحيفة "إزفستيا" الروسية، بأن طهران زودت موسكو '
        'بـ"عدد محدود" من الطائرات المسيرة قبل الحرب، لكنه نفى بشدة أي شحنات لاحقة.',
        'س: هل يشارك خبراء إيرانيون في تشغيل المسيرات في أوكرانيا؟',
        'ج: هذا غير صحيح على الإطلاق، فلا يوجد أي عسكري إيراني في أوكرانيا أو في القرم.',
        'س: وماذا عن الصواريخ الباليستية؟',
        'ج: لم نسلم روسيا أي صاروخ باليستي. قدمنا عدداً محدوداً من الطائرات المسيرة قبل بدء الحرب بأشهر، '
        'ولم نرسل أي شيء منذ ذلك الحين.')
    got = [(r["speaker_actor_id"], r["stance"], r["partial"], r["topics"], r["speaker_source"]) for r in recs]
    assert got == [
        ("kazem_jalali", "admission", True, "drones", "after"),
        ("kazem_jalali", "denial", False, "drones", "previous"),   # "لكنه نفى بشدة"
        ("kazem_jalali", "denial", False, "drones", "interview"),  # the question's topic
        ("kazem_jalali", "denial", False, "missiles", "interview"),
        ("kazem_jalali", "admission", True, "drones", "interview"),  # "قدمنا": first-person supply
        ("kazem_jalali", "denial", False, "drones", "interview"),    # "ولم نرسل": the same sentence
    ]
    assert recs[4]["stance_cues"] == "قدمنا;عدداً محدودا;قبل بدء الحرب" and recs[5]["stance_cues"] == "ولم نرسل"
    assert recs[4]["text"] == recs[5]["text"]


def test_relative_clause_claim_takes_the_facts_before_it(registry):
    cl, rel = run(registry, 'وكان نظام كييف قد زعم أن القوات الروسية أطلقت خلال الأسبوع الماضي أكثر من مئة مسيرة '
                            'انتحارية من طراز "شاهد-136" الإيرانية على العاصمة، وهو ما ادعته أيضاً وسائل إعلام '
                            'غربية نقلاً عن مسؤولين أمريكيين لم تسمهم.')
    assert (cl["speaker_country"], cl["stance"], cl["topics"], cl["accused_countries"]) == (
        "UKR", "claim", "drones", "IRN;RUS")
    assert rel["text"].startswith("وهو ما ادعته")
    assert (rel["stance"], rel["topics"], rel["accused_countries"], rel["topics_inherited"]) == (
        "claim", "drones", "IRN;RUS", True)


def test_aqarra_adopting_a_text_is_no_admission(registry):
    recs = run(registry, 'الاتحاد الأوروبي يقر إطاراً جديداً لمعاقبة إيران على دعمها العسكري لروسيا.. '
                         'وطهران: "قرار غير بناء"')
    assert [(r["speaker_actor_id"], r["stance"]) for r in recs] == [("IRN", "statement")]


def test_analyst_with_nationality_speaks_for_no_state(registry):
    r = one(registry, 'ورأى الخبير العسكري الروسي فيكتور ليتوفكين أن مسيرات "جيران-2" التي تستخدمها القوات '
                      'الروسية "تطوير روسي بالكامل".')
    assert (r["speaker_actor_id"], r["speaker_country"], r["speaker_non_party"]) == ("RUS", "RUS", True)
    assert r["speaker_surface"].startswith("الخبير العسكري الروسي") and r["topics"] == "drones"
    assert (r["stance"], r["stance_cues"]) == ("denial", "تطوير روسي")
    claim = {"statement_id": "k:0:0", "article_id": "k", "stance": "claim", "speaker_country": "UKR",
             "topics": "drones", "accused_country": "RUS", "date": ""}
    assert [x["response_id"] for x in claims.pair([claim, r], registry)] == [""]  # unanswered


def test_receipt_with_quoted_model_name_has_its_origin(registry):
    r = one(registry, 'ونقلت وكالة "رويترز" عن مسؤول في البنتاغون قوله إن الحوثيين تلقوا أيضاً طائرات مسيرة من '
                      'طراز "قاصف-1"، وهي نسخة من مسيرة "أبابيل" الإيرانية.')
    assert (r["speaker_actor_id"], r["speaker_country"], r["stance"], r["topics"]) == (
        "pentagon", "USA", "claim", "drones")
    assert r["accused_countries"] == "IRN;YEM" and r["via"] == "reuters"


def test_trailing_related_links_are_no_statements(registry):
    body = ['وقال المتحدث باسم وزارة الخارجية الإيرانية ناصر كنعاني إن بلاده "لم ترسل أي صواريخ إلى روسيا".',
            'وأضاف أن التعاون الدفاعي بين طهران وموسكو سابق على الأزمة الأوكرانية ولا يستهدف أي طرف ثالث.',
            'وتابع الدبلوماسي الإيراني أن طهران تدعم أي مبادرة تؤدي إلى وقف إطلاق النار في أوكرانيا.']
    recs = run(registry, *body, 'كنعاني: لا مفاوضات مباشرة مع واشنطن', 'الكلمات الدالة: كنعاني، روسيا')
    assert [r["para_idx"] for r in recs] == [0, 1, 2]


# ------------------------------------------------------------ blind set d19–d24
def test_nominal_accusation_lead_and_hastened_denial(registry):
    recs = run(registry, 'اتهامات أمريكية لطهران بتزويد موسكو بصواريخ باليستية قصيرة المدى، في خطوة وصفتها '
                         'الإدارة الأمريكية بأنها "تصعيد خطير" للحرب في أوكرانيا، فيما سارعت إيران إلى نفي '
                         'الاتهامات جملة وتفصيلاً.')
    got = [(r["speaker_actor_id"], r["speaker_country"], r["stance"], r["topics"], r["accused_countries"], r["head"])
           for r in recs]
    assert got == [("USA", "USA", "claim", "missiles", "RUS;IRN", "nominal"),
                   ("IRN", "IRN", "denial", "missiles", "", "verb")]
    assert recs[1]["stance_cues"] == "سارعت;جملة وتفصيلا" and recs[1]["text"].startswith("فيما سارعت إيران")


def test_present_relative_denial_and_idh_admission(registry):
    recs = run(registry, 'ويتهم الغرب إيران منذ خريف 2022 بتزويد روسيا بطائرات مسيرة من طراز "شاهد"، وهو ما '
                         'تنفيه طهران، إذ تقر فقط بإرسال عدد محدود منها قبل اندلاع الحرب.')
    got = [(r["speaker_actor_id"], r["speaker_country"], r["stance"], r["topics"], r["partial"]) for r in recs]
    assert got == [("region_west", "", "claim", "drones", False), ("IRN", "IRN", "denial", "drones", False),
                   ("IRN", "IRN", "admission", "drones", True)]
    assert recs[0]["accused_countries"] == "IRN;RUS"
    assert recs[1]["stance_cues"] == "تنفيه" and recs[2]["text"].startswith("إذ تقر")


def test_kana_qad_subject_unknown_to_registry(registry):
    r = one(registry, 'وكانت وكيلة الأمين العام للشؤون السياسية روزماري ديكارلو قد قالت في إحاطتها إن الأمانة '
                      'العامة «تواصل تحليل المعلومات المتاحة» بشأن حطام المسيّرات.')
    assert (r["speaker_surface"], r["speaker_country"], r["stance"], r["topics"]) == (
        "وكيلة الأمين العام للشؤون السياسية روزماري ديكارلو", "", "statement", "drones")


def test_participle_with_place_before_complementizer(registry):
    r = one(registry, 'وكان وزراء خارجية الاتحاد الأوروبي قد أقروا في لوكسمبورغ، الاثنين، عقوبات على شركة '
                      '"إيران إير" وعدد من المسؤولين الإيرانيين، مؤكدين في بيان أن طهران "نقلت صواريخ باليستية '
                      'إلى روسيا لاستخدامها ضد أوكرانيا".')
    assert (r["speaker_actor_id"], r["stance"], r["topics"], r["accused_countries"], r["head"]) == (
        "eu", "claim", "sanctions;missiles", "IRN;RUS", "participle")


def test_denial_participle_after_statement_is_a_second_statement(registry):
    recs = run(registry, 'وأضاف أمير عبد اللهيان: "إذا قدمت أوكرانيا أي وثائق تثبت أن روسيا استخدمت مسيّرات '
                         'إيرانية في الحرب، فلن نقف غير مبالين"، نافياً في الوقت ذاته تزويد موسكو بأي صواريخ.')
    got = [(r["speaker_actor_id"], r["stance"], r["topics"]) for r in recs]
    # the conditional ("إذا قدمت … تثبت أن روسيا استخدمت") is no transfer claim
    assert got == [("hossein_amir_abdollahian", "statement", "drones"),
                   ("hossein_amir_abdollahian", "denial", "missiles")]
    assert recs[1]["text"] == "نافياً في الوقت ذاته تزويد موسكو بأي صواريخ."
    masked = run(registry, 'وأضاف مسؤول إيراني آخر أن "هناك ما لا يقل عن أربع شحنات"، رافضاً تقديم تفاصيل إضافية.')
    assert len(masked) == 1  # "رافضاً تقديم" is a mask, no denial


def test_new_speaker_after_comma_wa_qal(registry):
    recs = run(registry, 'في المقابل، رحبت كييف بالعقوبات، وقال وزير الخارجية الأوكراني أندريه سيبيها إن "كل '
                         'صاروخ إيراني يصل إلى روسيا يعني مزيداً من القتلى المدنيين في أوكرانيا".')
    got = [(r["speaker_actor_id"], r["speaker_country"], r["stance"], r["topics"], r["accused_countries"])
           for r in recs]
    assert got == [("UKR", "UKR", "statement", "sanctions", ""),
                   ("andrii_sybiha", "UKR", "claim", "missiles", "IRN;RUS")]


def test_neither_confirm_nor_deny_and_refused_comment_with_subject(registry):
    recs = run(registry, 'وتقول واشنطن إن روسيا تسلمت شحنة من صواريخ "فتح 360" الإيرانية.',
               'وفي موسكو، رفض المتحدث باسم الكرملين دميتري بيسكوف تأكيد التقارير أو نفيها، قائلاً إن "إيران '
               'شريك مهم لنا".',
               'ورفض المتحدث باسم الكرملين دميتري بيسكوف التعليق على تفاصيل التقرير الأمريكي.')
    got = [(r["speaker_actor_id"], r["stance"], r["topics"]) for r in recs]
    assert got == [("USA", "claim", "missiles"), ("dmitry_peskov", "statement", "missiles"),
                   ("dmitry_peskov", "statement", "")]


def test_fabrication_and_pretext_denials(registry):
    recs = run(registry, 'قال البيت الأبيض إن روسيا استخدمت صواريخ باليستية زودتها بها كوريا الشمالية في هجمات '
                         'على أوكرانيا.',
               'من جانبها، وصفت وزارة الخارجية الكورية الشمالية، في بيان نقلته وكالة الأنباء المركزية الكورية، '
               'الاتهامات الأمريكية بأنها "لا أساس لها ومنافية للعقل"، مؤكدة أن بيونج يانج "لم ترسل ولن ترسل أي '
               'أسلحة إلى روسيا".',
               'وقالت كيم يو جونج، شقيقة الزعيم الكوري الشمالي، إن واشنطن "تختلق قصصاً عن صفقات أسلحة وصواريخ" '
               'للتغطية على دعمها العسكري لكييف.',
               'بدورها، قالت المتحدثة باسم الخارجية الروسية ماريا زاخاروفا إن الحديث عن صواريخ كورية شمالية '
               '"ذريعة جديدة" يختلقها الغرب لتبرير تزويد كييف بأسلحة بعيدة المدى.')
    got = [(r["speaker_actor_id"], r["speaker_country"], r["stance"], r["topics"]) for r in recs]
    assert got == [("white_house", "USA", "claim", "missiles"),
                   # "أي أسلحة" denied after a missile claim: the missiles too
                   ("prk_mfa", "PRK", "denial", "missiles;weapons"),
                   ("kim_yo_jong", "PRK", "denial", "weapons;missiles"),
                   ("maria_zakharova", "RUS", "denial", "missiles;weapons")]
    assert recs[0]["accused_countries"] == "RUS;PRK"
    assert recs[2]["stance_cues"] == "تختلق" and recs[3]["stance_cues"] == "ذريعة;يختلقها"


def test_not_a_party_to_the_war_is_a_denial(registry):
    recs = run(registry, 'واتهمت المندوبة الأميركية الدائمة ليندا توماس غرينفيلد إيران بمواصلة «نقل مئات '
                         'المسيّرات الهجومية إلى روسيا».',
               'وشدد المندوب الإيراني أمير سعيد إيرواني على أن طهران «ليست طرفاً في هذا النزاع».')
    assert [(r["speaker_actor_id"], r["stance"], r["topics"]) for r in recs] == [
        ("linda_thomas_greenfield", "claim", "drones"), ("amir_saeid_iravani", "denial", "drones")]
    assert recs[1]["stance_cues"] == "ليست طرفاً في هذا النزاع"


def test_counter_accusation_is_no_admission(registry):
    r = one(registry, 'وأضاف المتحدث باسم الخارجية الإيرانية إسماعيل بقائي أن الولايات المتحدة والدول الأوروبية '
                      '"ترسل يومياً شحنات الأسلحة والصواريخ بعيدة المدى إلى كييف"، متهماً إياها بـ"إطالة أمد الحرب".')
    assert (r["speaker_actor_id"], r["stance"], r["topics"], r["accused_countries"]) == (
        "esmaeil_baghaei", "claim", "weapons;missiles", "USA;UKR")


def test_anaphoric_report_continues_claim(registry):
    recs = run(registry, 'كشفت وكالة بلومبرغ الأمريكية، نقلاً عن ثلاثة مسؤولين غربيين، أن الجيش السوداني تسلم '
                         'خلال الأشهر الماضية طائرات مسيرة إيرانية الصنع من طراز "مهاجر-6".',
               'وبحسب التقرير، فإن صور الأقمار الصناعية أظهرت طائرة من هذا الطراز في قاعدة وادي سيدنا الجوية.',
               'وأكد المتحدث باسم الخارجية الإيرانية أن بلاده "لم ترسل أي معدات عسكرية إلى أي طرف في السودان".')
    got = [(r["speaker_actor_id"], r["stance"], r["topics"], r["accused_countries"]) for r in recs]
    # "بحسب التقرير": the report just named speaks for its author
    assert got == [("bloomberg", "claim", "drones", "IRN;SDN"), ("bloomberg", "claim", "drones", "IRN;SDN"),
                   ("irn_mfa", "denial", "drones;weapons", "")]
    assert recs[1]["accused_rule"] == "continued"


def test_transfer_claims_complete_their_parties_from_the_claim_before(registry):
    recs = run(registry, 'وتقول واشنطن إن روسيا تسلمت شحنة من صواريخ "فتح 360" الإيرانية.',
               'وقال وزير الخارجية الأمريكي أنتوني بلينكن، خلال مؤتمر صحفي في لندن مع نظيره البريطاني ديفيد '
               'لامي، إن '
               '"عشرات العسكريين الروس تلقوا تدريبات في إيران على استخدام هذه الصواريخ".',
               'وأضاف بلينكن أن حصول موسكو على الصواريخ الإيرانية سيسمح لها بتوجيه مزيد من ترسانتها.',
               'من جانبه، اتهم لامي طهران بـ"تأجيج الحرب" عبر إرسال الصواريخ.',
               'وفي بروكسل، قال المتحدث باسم الاتحاد الأوروبي بيتر ستانو إن التكتل لديه "معلومات موثوقة" عن '
               'عمليات النقل.')
    got = [(r["speaker_actor_id"], r["stance"], r["topics"], r["accused_countries"]) for r in recs]
    assert got == [("USA", "claim", "missiles", "IRN;RUS"), ("antony_blinken", "claim", "missiles", "RUS;IRN"),
                   ("antony_blinken", "claim", "missiles", "IRN;RUS"), ("david_lammy", "claim", "missiles", "IRN;RUS"),
                   ("eu", "claim", "missiles", "IRN;RUS")]


def test_self_supplied_small_number_is_partial_admission(registry):
    r = one(registry, 'وقال وزير الخارجية الإيراني حسين أمير عبد اللهيان إن بلاده "أعطت عدداً محدوداً من الطائرات '
                      'المسيّرة لروسيا قبل أشهر من بدء الحرب في أوكرانيا".')
    assert (r["speaker_actor_id"], r["stance"], r["partial"], r["topics"], r["accused_country"]) == (
        "hossein_amir_abdollahian", "admission", True, "drones", "IRN")


def test_bylines_are_no_statements(registry):
    recs = run(registry, 'كتب أحمد جمعة', 'نيويورك: مراسل «الشرق الأوسط»',
               'وقالت زاخاروفا إن الحديث عن صواريخ كورية شمالية "أكاذيب".')
    assert [(r["para_idx"], r["stance"]) for r in recs] == [(2, "denial")]


def test_token_memo_matches_direct_tests():
    """The per-token memo (feature bits, trie heads, verb info) gives what the
    direct lexicon tests give, for every token of the bundled corpus."""
    from dossier.normalize import fold

    s = statements
    lex = s.LEX
    toks: set[str] = set()
    for path in sorted(CORPUS_DIR.glob("*.txt")):
        for para in read_article(path).paragraphs:
            toks.update(s._tokens(fold(para)))
    assert toks
    for t in sorted(toks):
        cands, feats, heads, vinfo = s._tok_infos([t])[0]
        nk = s._noun_keys(cands)
        assert cands == s._cands(t)
        assert bool(feats & s._F_SUPPLY) == s._is_supply(t)
        assert bool(feats & s._F_AFFIRM) == (s._first_person(t) or s._is_supply(t) or any(
            c in lex.agent_nouns or c in lex.receive_verbs for c in nk))
        assert bool(feats & s._F_TRANSFER) == any(
            c in lex.supply_verbs or c in lex.agent_nouns or c in lex.recipient_nouns
            or c in lex.use_words or c in lex.involvement_nouns or c in lex.receive_verbs
            or s._supply_key(c) for c in nk) or s._is_supply(t)
        assert bool(feats & s._F_MAKE) == any(c in lex.own_make for c in cands)
        assert bool(feats & s._F_NEG) == (t in s._NEGATIONS)
        assert bool(feats & s._F_PART) == (t in lex.participles)
        assert (heads or ()) == tuple(n for n in map(lex.trie.root.get, cands) if n is not None)
        assert vinfo == next((lex.verbs[k] for k in s._verb_keys(t) if k in lex.verbs), None)


# ---- blind round 4 (d25–d32): shapes the earlier rules missed


def _rows(recs):
    return [(r["speaker_actor_id"], r["speaker_country"], r["stance"], r["topics"]) for r in recs]


def test_kana_qad_subject_beats_a_place_after_the_verb(registry):
    recs = run(registry, 'وكان وزير الخارجية الأمريكي، أنتوني بلينكن، قد زعم الثلاثاء الماضي في لندن أن روسيا '
                         '"تسلمت شحنات من صواريخ فتح-360 الباليستية".')
    assert [(r["speaker_country"], r["stance"], r["topics"], r["accused_countries"]) for r in recs] == [
        ("USA", "claim", "missiles", "IRN;RUS")]


def test_document_subject_speaks_for_its_author(registry):
    recs = run(registry, 'في المقابل، نفت السفارة الإيرانية في كييف، في بيان نشرته على منصة "إكس"، هذه الاتهامات. '
                         'وأكد البيان أن الجمهورية الإسلامية "لم ترسل ولن ترسل أي صواريخ لأي طرف من أطراف النزاع".')
    assert [(r["speaker_country"], r["stance"]) for r in recs] == [("IRN", "denial"), ("IRN", "denial")]
    assert recs[1]["topics"] == "missiles"


def test_ja_fi_al_bayan_continues_the_issuer(registry):
    recs = run(registry, 'أدانت مجموعة الدول السبع، في بيان صدر عن وزراء خارجيتها يوم السبت، ما وصفته بـ"تصدير '
                         'إيران صواريخ باليستية إلى روسيا".',
               'وجاء في البيان أن "مجموعة السبع تدين بأشد العبارات تصدير إيران وشراء روسيا صواريخ باليستية '
               'إيرانية".')
    assert [(r["speaker_actor_id"], r["stance"], r["topics"]) for r in recs] == [
        ("g7", "claim", "missiles"), ("g7", "claim", "missiles")]


def test_fi_hin_and_fi_waqt_start_new_statements(registry):
    recs = run(registry, 'إذ أكد برلماني إيراني بارز أن الصفقة "أُبرمت"، في حين يقول مسؤولون غربيون إن موسكو '
                         'تسدد ثمن المسيّرات.',
               'ويأتي ذلك فيما أفاد تقرير سري للوكالة الدولية للطاقة الذرية بأن إيران أبطأت وتيرة تخصيب '
               'اليورانيوم، في وقت لوّحت فيه وزارة الخزانة الأمريكية بفرض عقوبات إضافية على أي جهة تسهّل '
               'نقل المسيّرات الإيرانية إلى روسيا.')
    assert [r["text"][:11] for r in recs] == ["إذ أكد برلم", "في حين يقول", "ويأتي ذلك ف", "في وقت لوّح"]
    # the treasury threatens sanctions on whoever helps transfers: no transfer claim
    assert (recs[3]["speaker_actor_id"], recs[3]["stance"]) == ("us_treasury", "statement")


def test_responses_inside_a_relative_clause(registry):
    recs = run(registry, 'اتهم البيت الأبيض، يوم الخميس، إيران بإرسال عسكريين إلى شبه جزيرة القرم لمساعدة '
                         'القوات الروسية على تشغيل الطائرات المسيّرة التي تستهدف المدن ومحطات الطاقة الأوكرانية، '
                         'في اتهام سارعت طهران إلى رفضه، فيما قللت موسكو من أهميته.')
    assert [(r["speaker_country"], r["stance"]) for r in recs] == [
        ("USA", "claim"), ("IRN", "denial"), ("RUS", "statement")]
    # Crimea (a place, not a capital) and the Ukrainian targets are no parties
    assert recs[0]["accused_countries"] == "IRN;RUS"
    assert recs[1]["topics"] == "drones"


def test_prevention_is_no_transfer_claim(registry):
    r = one(registry, 'بدورها، أكدت وزارة الخارجية الأمريكية أنها ستواصل استخدام "كل الأدوات المتاحة" لمنع '
                      'إيران من تطوير الصواريخ الباليستية ونقلها إلى الخارج.')
    assert (r["stance"], r["topics"]) == ("statement", "missiles")


def test_svo_speakers_coordinated_after_a_comma(registry):
    recs = run(registry, 'وعلى رغم ذلك ظل الخطاب الرسمي في البلدين قائماً على النفي، فالمتحدث السابق باسم '
                         'الخارجية الإيرانية ناصر كنعاني وصف الاتهامات الغربية مراراً بأنها "حرب نفسية"، '
                         'والمتحدثة باسم الخارجية الروسية ماريا زاخاروفا تحدثت عن "أخبار كاذبة".')
    assert [(r["speaker_actor_id"], r["stance"]) for r in recs] == [
        ("nasser_kanaani", "denial"), ("maria_zakharova", "denial")]


def test_verbal_noun_heads_and_a_reply_to_an_admission(registry):
    recs = run(registry, 'ثم جاء اتهام وزير الخارجية الأميركي أنتوني بلينكن في سبتمبر (أيلول) بأن موسكو تسلمت '
                         'صواريخ "فتح 360" وستستخدمها "في غضون أسابيع".',
               'اعترف وزير الخارجية الإيراني حسين أمير عبداللهيان بأن بلاده زودت موسكو "بعدد محدود من '
               'المسيرات قبل أشهر من بدء الحرب"، وهو اعتراف جزئي رد عليه الرئيس الأوكراني فولوديمير '
               'زيلينسكي بالقول إن طهران "تكذب".')
    assert [(r["speaker_actor_id"], r["stance"]) for r in recs] == [
        ("antony_blinken", "claim"), ("hossein_amir_abdollahian", "admission"), ("volodymyr_zelensky", "claim")]
    assert recs[0]["accused_countries"] == "IRN;RUS"
    assert recs[1]["partial"] is True


def test_future_use_of_the_arms_is_a_claim(registry):
    recs = run(registry, 'يذكر أن الولايات المتحدة اتهمت إيران في سبتمبر الماضي بتسليم روسيا صواريخ باليستية قصيرة '
                         'المدى، فيما قال وزير الخارجية الأمريكي أنتوني بلينكن حينها إن موسكو "ستستخدم هذه '
                         'الصواريخ على الأرجح في غضون أسابيع".')
    assert [(r["speaker_country"], r["stance"], r["topics"]) for r in recs] == [
        ("USA", "claim", "missiles"), ("USA", "claim", "missiles")]


def test_fabrication_is_a_denial_cue(registry):
    r = one(registry, 'نقلت وكالة "ريا نوفوستي" عن مصدر دبلوماسي روسي قوله إن الحديث عن مسيّرات إيرانية في '
                      'أوكرانيا "تلفيق غربي جديد".')
    assert (r["speaker_country"], r["stance"], r["topics"]) == ("RUS", "denial", "drones")


def test_sanctions_with_a_stated_reason_are_claims_without_one_no_statement(registry):
    recs = run(registry, 'وكان الاتحاد الأوروبي قد فرض، الخميس، عقوبات على ثلاثة ضباط إيرانيين وشركة «شاهد» لصناعات '
                         'الطيران، لتورطهم في تطوير المسيّرات المستخدمة في أوكرانيا وتسليمها إلى روسيا.',
               'وفرضت الولايات المتحدة عقوبات على شركات إيرانية مرتبطة بإنتاج المسيرات.')
    assert [(r["speaker_actor_id"], r["stance"], r["topics"], r["accused_countries"]) for r in recs] == [
        ("eu", "claim", "sanctions;drones", "IRN;RUS")]


def test_these_accusations_answer_every_arms_topic_claimed_against_the_speaker(registry):
    recs = run(registry, 'وقال يوسوف إن روسيا تسلمت صواريخ باليستية إيرانية من طراز "فتح 360".',
               'وأكد بودانوف أن روسيا تلقت حتى الآن أكثر من ألفي طائرة مسيرة إيرانية من طراز "شاهد".',
               'في المقابل، نفت السفارة الإيرانية في كييف هذه الاتهامات، معتبرة أنها "مزاعم مفبركة".')
    assert [(r["stance"], r["topics"]) for r in recs] == [
        ("claim", "missiles"), ("claim", "drones"), ("denial", "drones;missiles")]
    assert recs[2]["topics_inherited"] is True


def test_a_response_in_the_claims_paragraph_answers_that_claim(registry):
    recs = run(registry, 'وقال مسؤولون أمريكيون إن إيران زودت روسيا بطائرات مسيرة من طراز "شاهد".',
               'ونقلت وكالة "رويترز" عن مصادر أن إيران أرسلت صواريخ باليستية إلى روسيا، فيما رفض الكرملين '
               'تأكيد التقارير أو نفيها.')
    assert [(r["stance"], r["topics"]) for r in recs] == [
        ("claim", "drones"), ("claim", "missiles"), ("statement", "missiles")]


@pytest.mark.parametrize("text, stance, cue", [
    ("ودحضت الخارجية الإيرانية هذه المزاعم حول المسيرات.", "denial", "ودحضت"),
    ("وفنّد المتحدث باسم الخارجية الإيرانية الاتهامات بشأن الصواريخ.", "denial", "وفنّد"),
    ("ونفت طهران الاتهامات الأمريكية بشأن الصواريخ، ووصفتها بأنها شائعات مغرضة.", "denial", "شائعات"),
    ("وقال كنعاني إن الحديث عن مسيرات إيرانية في أوكرانيا \"بعيد عن الحقيقة\".", "denial", "بعيد عن الحقيقة"),
    ("وحمّلت كييف طهران المسؤولية عن مقتل المدنيين بالمسيرات الإيرانية.", "claim", "وحمّلت"),
])
def test_refutations_and_blame(registry, text, stance, cue):
    r = one(registry, text)
    assert r["stance"] == stance
    assert cue in r["stance_cues"].split(";")


def test_evidence_verb_heads_a_transfer_claim(registry):
    r = one(registry, "وأظهرت صور الأقمار الصناعية أن روسيا تسلمت مسيرات إيرانية في مطار كالينوفكا.")
    assert (r["stance"], r["topics"], r["speaker_surface"], r["accused_countries"]) == (
        "claim", "drones", "صور الأقمار", "IRN;RUS")


def test_a_means_given_by_drones_is_no_transfer(registry):
    r = one(registry, 'وقال الباحث جاستن برونك إن الطائرات المسيرة الإيرانية غيرت طابع الحرب الجوية بعد أن منحت '
                      'موسكو وسيلة رخيصة لقصف البنية التحتية في أوكرانيا.')
    assert r["stance"] == "statement"


def test_an_official_of_an_international_body_speaks_for_it_not_their_state(registry):
    recs = run(registry, 'وقال مسؤول السياسة الخارجية في الاتحاد الأوروبي جوزيب بوريل إن الاتحاد تلقى معلومات '
                         'عن نقل صواريخ إيرانية إلى روسيا.',
               'وقال المندوب الروسي في الأمم المتحدة فاسيلي نيبينزيا إن هذه الاتهامات ملفقة.',
               'وأكد بوريل أن إيران زودت روسيا بطائرات مسيرة.', published="2024-09-11")
    assert [(r["speaker_actor_id"], r["speaker_country"]) for r in recs] == [
        ("josep_borrell", ""), ("vasily_nebenzya", "RUS"), ("josep_borrell", "")]


def test_this_type_of_weapons_takes_the_arms_named_before(registry):
    recs = run(registry, 'وقال كيسليتسيا إن روسيا أطلقت أكثر من 300 طائرة مسيرة إيرانية من طراز "شاهد 136".',
               'واتهم نائب المندوبة الأمريكية روبرت وود إيران بانتهاك القرار 2231 الذي يحظر نقل هذا النوع '
               'من الأسلحة.')
    assert (recs[1]["stance"], recs[1]["topics"], recs[1]["topics_inherited"]) == (
        "claim", "drones;weapons", True)


def test_sabaqa_li_x_an_qala_is_a_statement_of_x_and_these_accusations_a_reply(registry):
    recs = run(registry, 'ويقارن مراقبون هذه القضية بملف المسيرات الإيرانية، إذ سبق لكيربي أن قال إن إيران زودت '
                         'روسيا بمئات المسيّرات من طراز "شاهد"، وهي اتهامات نفتها طهران ووصفتها بأنها "لا أساس لها".')
    assert [(r["speaker_actor_id"], r["stance"], r["topics"], r["accused_countries"]) for r in recs] == [
        ("john_kirby", "claim", "drones", "IRN;RUS"), ("IRN", "denial", "drones", "")]
    assert recs[0]["text"].startswith("إذ سبق لكيربي") and recs[1]["text"].startswith("وهي اتهامات نفتها")


def test_kama_with_a_new_speaker_starts_a_second_statement(registry):
    recs = run(registry, 'غير أن كوناشينكوف نفى ذلك، وقال إن "جميع صواريخنا أصابت أهدافها"، كما نفت طهران بدورها '
                         'سقوط أي صاروخ روسي على أراضيها.')
    assert [(r["speaker_actor_id"], r["stance"], r["topics"]) for r in recs] == [
        ("igor_konashenkov", "denial", "missiles"), ("IRN", "denial", "missiles")]
    assert recs[1]["text"] == "كما نفت طهران بدورها سقوط أي صاروخ روسي على أراضيها."


def test_supply_that_others_talk_about_is_no_admission(registry):
    recs = run(registry, 'وقالت واشنطن إن إيران ترسل مكونات المسيرات إلى روسيا عبر بحر قزوين.',
               'واعتبر كنعاني أن الحديث عن سفن إيرانية تنقل مكونات للمسيرات "محض خيال إعلامي لا يستند إلى أي دليل".')
    assert (recs[1]["stance"], recs[1]["topics"], recs[1]["speaker_country"]) == ("denial", "drones", "IRN")


def test_these_accusations_with_a_generic_weapons_word_answer_the_claimed_arms(registry):
    recs = run(registry, 'وقال مسؤولون بريطانيون إن خبراء إيرانيين يساعدون روسيا على تشغيل الطائرات المسيرة.',
               'في المقابل، رفضت البعثة الإيرانية لدى الأمم المتحدة هذه الاتهامات، ووصفتها بأنها "ادعاءات لا أساس '
               'لها، هدفها تبرير تدفق السلاح الغربي إلى أوكرانيا".')
    assert (recs[1]["stance"], recs[1]["topics"]) == ("denial", "drones;weapons")


@pytest.mark.parametrize("text, cue", [
    ('وسارع وزير الخارجية الإيراني عباس عراقجي إلى الرد، واصفاً التقارير عن نقل الصواريخ بأنها '
     '«معلومات مضللة ودعاية رخيصة».', "معلومات مضللة"),
    ('وشدد المتحدث باسم وزارة الدفاع الإيرانية على أن الصفقة "لا صلة لها بما يروجه الإعلام الغربي عن '
     'مقايضتها بطائرات مسيرة أو صواريخ".', "لا صلة لها بما"),
])
def test_dismissals_of_what_others_say(registry, text, cue):
    r = one(registry, text)
    assert (r["stance"], r["speaker_country"]) == ("denial", "IRN")
    assert cue in r["stance_cues"].split(";")


def test_unknown_officials_speak_for_the_body_their_title_names(registry):
    recs = run(registry,
               'وأعلنت القيادة الجنوبية للقوات المسلحة الأوكرانية أن دفاعاتها أسقطت مسيرة إيرانية من طراز "مهاجر-6".',
               'وقالت المتحدثة باسم القيادة الجنوبية أولينا شيفتشينكو إن الطائرة كانت تنفذ مهمة استطلاع.',
               'وأضافت شيفتشينكو أن القوات الروسية باتت تعتمد على المسيرات الإيرانية.',
               'وفرضت وزارة الخزانة الأمريكية عقوبات على شركات إيرانية لتورطها في نقل مسيرات إلى روسيا.',
               'وقال نائب وزير الخزانة والي أديمو إن العقوبات ستتواصل.',
               'وجاء في بيان الوزارة أن الشركات وفرت مكونات للمسيرات.',
               'من جهتها، أكدت مديرية الاستخبارات الرئيسية التابعة لوزارة الدفاع الأوكرانية أن مصنع ألابوغا ينتج '
               'نحو 300 مسيرة شهرياً.')
    got = [(r["speaker_actor_id"], r["speaker_country"]) for r in recs]
    assert got[1:] == [("ukr_armed_forces", "UKR"), ("ukr_armed_forces", "UKR"), ("us_treasury", "USA"),
                       ("us_treasury", "USA"), ("us_treasury", "USA"), ("ukr_mod", "UKR")]
    assert recs[2]["speaker_surface"] == "شيفتشينكو"


def test_a_title_naming_bodies_of_two_countries_leaves_the_speaker_unknown(registry):
    recs = run(registry, 'وقالت وزارة الدفاع الروسية إن قواتها تقدمت.', 'وقالت وزارة الدفاع الأوكرانية إن الهجوم صُدّ.',
               'وقالت المتحدثة باسم الدفاع نتاليا كوفالينكو إن الوضع صعب.')
    assert (recs[2]["speaker_actor_id"], recs[2]["speaker_country"]) == ("", "")


@pytest.mark.parametrize("participle", ["متهمةً", "متهماً"])
def test_feminine_and_masculine_participles_carry_their_stance(registry, participle):
    r = one(registry, f'وقالت وزارة الخزانة الأمريكية إنها فرضت عقوبات على شركة صفيران، {participle} إياها بتنسيق '
                      'رحلات عسكرية روسية إلى إيران لنقل طائرات مسيرة.')
    assert (r["stance"], r["topics"], r["accused_countries"]) == ("claim", "sanctions;drones", "RUS;IRN")


def test_a_feminine_denial_participle_after_a_statement_is_a_second_statement(registry):
    recs = run(registry, 'وقالت الخارجية الإيرانية إن طهران تدعم الحل السياسي في أوكرانيا، نافيةً في الوقت ذاته '
                         'تزويد موسكو بأي صواريخ باليستية.')
    assert [(r["stance"], r["topics"]) for r in recs] == [("statement", ""), ("denial", "missiles")]


def test_arms_help_right_after_the_arms_takes_their_topic(registry):
    recs = run(registry, 'وأكدت الاستخبارات الأوكرانية أن مصنع ألابوغا ينتج نحو 300 مسيرة شهرياً.',
               'وقال أندريه يوسوف إن "خبراء إيرانيين ما زالوا يزورون ألابوغا بانتظام".',
               'وحذر بوليانسكي من أن موسكو ستعيد النظر في تعاونها مع الأمانة العامة إذا أرسلت خبراء إلى أوكرانيا.')
    assert [(r["stance"], r["topics"], r["accused_countries"]) for r in recs[1:]] == [
        ("claim", "drones", "IRN"), ("statement", "", "")]


@pytest.mark.parametrize("text, stance", [
    ('وأضافت غومينيوك أن القوات الروسية "باتت تعتمد على المسيّرات الإيرانية لتعويض خسائرها".', "claim"),
    ('وقال كيربي إن طهران "باتت متورطة بشكل مباشر" في الحرب عبر المسيرات.', "claim"),
    ('وأكد المسؤول الأمريكي أن الإدارة ستواصل فرض العقوبات على الكيانات المتورطة في برنامج المسيرات.',
     "statement"),
])
def test_reliance_and_involvement(registry, text, stance):
    assert one(registry, text)["stance"] == stance


@pytest.mark.parametrize("text, topics", [
    # an air-defence system with the adjective only: air defence
    ('وقال المسؤول الروسي إن موسكو مستعدة لبيع منظومات الدفاع الجوي الصاروخية "إس-400" لإيران.',
     {"air_defense"}),
    # surface-to-air and interceptor missiles (the noun صواريخ): air defence and missiles
    ('وأكد الوزير الإيراني أن بلاده لم تتسلم أي بطاريات صواريخ أرض-جو من روسيا.',
     {"air_defense", "missiles"}),
    ('وقال نائب إيراني إن روسيا لم ترسل منظومة إس-400 ولم تقدم أي صواريخ اعتراضية.',
     {"air_defense", "missiles"}),
    ('أقر وزير الدفاع الإيراني بأن بلاده تسلّمت من روسيا "صواريخ اعتراضية ومعدات دفاع جوي".',
     {"air_defense", "missiles"}),
])
def test_surface_to_air_missiles_are_air_defence_and_missiles(registry, text, topics):
    assert set(one(registry, text)["topics"].split(";")) == topics


# ---- accused and topic coreference inside an article


def test_a_claim_naming_no_party_takes_the_parties_of_the_claim_before(registry):
    recs = run(registry, 'واتهم وزير الخارجية الأمريكي إيران بتسليم روسيا صواريخ باليستية قصيرة المدى.',
               'وقال مسؤول السياسة الخارجية في الاتحاد الأوروبي إن التكتل يملك "أدلة دامغة" على نقل الصواريخ.')
    assert (recs[1]["stance"], recs[1]["topics"], recs[1]["accused_countries"]) == ("claim", "missiles", "IRN;RUS")


def test_condemning_the_reported_transfer_is_a_claim_about_its_parties(registry):
    recs = run(registry, 'وقالت واشنطن إن طهران سلمت موسكو مئات الطائرات المسيرة.',
               'من جانبه، وصف وزير الخارجية الفرنسي تسليم المسيرات بأنه "انتهاك صارخ للقرار 2231".',
               'من جانبه، وصف وزير الخارجية الفرنسي إرسال فريق أممي إلى كييف بأنه "خطوة ضرورية".')
    assert [(r["speaker_country"], r["stance"], r["accused_countries"]) for r in recs[1:]] == [
        ("FRA", "claim", "IRN;RUS"), ("FRA", "statement", "")]


def test_a_dismissal_as_exaggerated_is_a_denial(registry):
    r = one(registry, 'وقال المتحدث باسم الخارجية الإيرانية إن الحديث الغربي عن تزويد روسيا بالمسيرات "مبالغ فيه".')
    assert (r["speaker_country"], r["stance"], r["topics"]) == ("IRN", "denial", "drones")


def test_arms_said_to_carry_the_speakers_own_names_are_a_denial(registry):
    r = one(registry, 'وقال بيسكوف إن الطائرات المسيرة التي تستخدمها القوات "تحمل تسميات روسية".')
    assert (r["speaker_country"], r["stance"], r["topics"]) == ("RUS", "denial", "drones")


def test_a_space_launcher_is_no_missile(registry):
    r = one(registry, 'وقالت وكالة الفضاء الروسية إن صاروخ "سويوز" وضع القمر الصناعي الإيراني في مداره بنجاح.')
    assert (r["speaker_country"], r["stance"], r["topics"]) == ("RUS", "statement", "")


def test_a_verb_after_a_comma_continues_the_sentences_subject_not_its_object(registry):
    r = one(registry, 'وفرضت وزارة الخارجية البريطانية عقوبات على شركات في الإمارات وتركيا، قالت إنها '
                      '"ساعدت في تزويد روسيا بمسيرات إيرانية".')
    assert (r["speaker_actor_id"], r["speaker_country"], r["stance"]) == ("gbr_fcdo", "GBR", "claim")


def test_arms_paid_for_or_bartered_are_a_transfer_claim(registry):
    r = one(registry, 'وحذر وزير الخارجية الإسرائيلي من أن "روسيا تدفع ثمن المسيرات الإيرانية بطائرات مقاتلة".')
    assert (r["speaker_country"], r["stance"], r["accused_countries"]) == ("ISR", "claim", "IRN;RUS")


def test_a_lone_rocket_in_a_satellite_launch_is_no_missile(registry):
    r = one(registry, 'وأعلنت وكالة الفضاء الروسية أن الصاروخ وضع القمر في مداره المحدد بنجاح.')
    assert r["topics"] == ""
    r = one(registry, 'وقالت وزارة الدفاع الروسية إن الصاروخ أصاب هدفه في خاركيف.')
    assert r["topics"] == "missiles"


def test_the_same_speaker_going_on_keeps_both_parties_of_its_claim(registry):
    recs = run(registry, 'وقال المتحدث باسم الاستخبارات العسكرية الأوكرانية أندريه يوسوف إن روسيا تسلمت من إيران '
                         'أكثر من ألفي مسيرة.',
               'وتابع يوسوف أن "كل مسيرة يتم إسقاطها تحمل بصمة إيرانية واضحة".')
    assert [(r["stance"], r["accused_countries"]) for r in recs] == [("claim", "IRN;RUS"), ("claim", "IRN;RUS")]


def test_we_neither_confirm_nor_deny_is_no_denial(registry):
    r = one(registry, 'وقال المتحدث باسم الخارجية الإيرانية: "لا نؤكد ولا ننفي ما يقولونه عن المسيرات".')
    assert (r["speaker_country"], r["stance"], r["topics"]) == ("IRN", "statement", "drones")


# ------------------------------------------------------------ blind round h21–h30 (generalisation)
def test_cannot_confirm_is_non_committal(registry):
    # a negation, an ability word, a confirm word: neither a claim nor a denial
    r = one(registry, 'وقال المتحدث باسم وزارة الدفاع الأمريكية إن الوزارة "لا تستطيع في الوقت الراهن أن '
                      'تؤكد" وصول صواريخ إيرانية إلى روسيا.')
    assert (r["speaker_country"], r["stance"], r["topics"]) == ("USA", "statement", "missiles")
    r = one(registry, 'وقالت المتحدثة باسم الاتحاد الأوروبي إنها "ليست في وضع يسمح لها بتأكيد" تسليم '
                      'طهران طائرات مسيرة جديدة لموسكو.')
    assert (r["stance"], r["topics"]) == ("statement", "drones")
    # without the ability word, "لم تؤكد" stays what the rest of the clause says
    r = one(registry, 'وقالت وزارة الخارجية الأمريكية إن إيران سلمت روسيا طائرات مسيرة، وإنها لم تؤكد '
                      'بعد عددها.')
    assert r["stance"] == "claim"


def test_conditional_aside_makes_a_hypothesis(registry):
    r = one(registry, 'ويرى الباحث المصري في الشؤون العسكرية أن وصول صواريخ إيرانية إلى روسيا، إذا صحت '
                      'التقارير، سيطيل أمد الحرب.')
    assert (r["speaker_country"], r["stance"], r["topics"]) == ("EGY", "statement", "missiles")


def test_any_evidence_is_no_claim(registry):
    r = one(registry, 'وقال المتحدث باسم الخارجية الإيرانية إن طهران مستعدة لدراسة أي دليل على وجود '
                      'طائرات مسيرة إيرانية في أوكرانيا.')
    assert (r["speaker_country"], r["stance"], r["topics"]) == ("IRN", "statement", "drones")


def test_unveiling_a_weapon_is_no_statement(registry):
    out = run(registry, 'وكشفت القوة الجوفضائية للحرس الثوري عن "آرش 2" خلال مناورات في أصفهان.')
    assert out == []
    r = one(registry, 'وكشف مسؤول أمريكي عن تسليم إيران طائرات مسيرة من طراز "آرش 2" إلى روسيا.')
    assert (r["speaker_country"], r["stance"], r["topics"]) == ("USA", "claim", "drones")


def test_no_part_in_the_supply_is_a_denial(registry):
    r = one(registry, 'وأكدت الخارجية الإيرانية أن طهران "لا علاقة لها" بتزويد موسكو بالصواريخ الباليستية.')
    assert (r["speaker_country"], r["stance"], r["topics"]) == ("IRN", "denial", "missiles")


def test_earlier_denial_with_sabaqa_an_after_the_subject(registry):
    r = one(registry, 'ولم تعلق موسكو على القرار، غير أن الخارجية الروسية سبق أن نفت استخدام قواتها '
                      'طائرات مسيرة إيرانية.')
    assert (r["speaker_country"], r["stance"]) == ("RUS", "denial")


def test_document_author_and_document_subject_later(registry):
    recs = run(registry,
               'وجاء في التقييم الذي نشرته وزارة الدفاع البريطانية أن روسيا تسعى إلى الحصول على صواريخ '
               'باليستية إيرانية.',
               'في المقابل، قال المتحدث باسم الخارجية الإيرانية ناصر كنعاني إن هذه المعلومات "كاذبة".',
               'وأشار التقييم إلى أن روسيا تسلمت طائرات مسيرة إيرانية جديدة.')
    assert [(r["speaker_actor_id"], r["speaker_source"], r["stance"]) for r in recs] == [
        ("gbr_mod", "after", "claim"), ("nasser_kanaani", "after", "denial"),
        ("gbr_mod", "continuity", "claim")]


def test_attribution_markers_in_a_row(registry):
    r = one(registry, 'وبحسب بيان صادر عن مكتب الرئاسة الأوكرانية، فإن روسيا وإيران تقتلان الأوكرانيين '
                      'بالطائرات المسيرة.')
    assert (r["speaker_actor_id"], r["speaker_country"], r["speaker_source"]) == ("bankova", "UKR", "attribution")


def test_transport_among_fields_of_cooperation_is_no_admission(registry):
    recs = run(registry,
               'واتهمت واشنطن إيران بتزويد روسيا بصواريخ باليستية.',
               'وأكد نائب وزير الخارجية الروسي سيرغي ريابكوف أن التعاون بين موسكو وطهران "يتطور في مجالات '
               'عديدة، من الطاقة إلى النقل".')
    assert [(r["speaker_country"], r["stance"]) for r in recs] == [("USA", "claim"), ("RUS", "statement")]


def test_strike_with_another_countrys_arms_is_a_claim_against_it(registry):
    r = one(registry, 'وقال رئيس بلدية كييف فيتالي كليتشكو إن العاصمة "تعرضت فجر اليوم لهجوم بطائرات مسيرة '
                      'روسية" استهدف محطة للطاقة.')
    assert (r["speaker_country"], r["stance"], r["topics"]) == ("UKR", "claim", "drones")
    assert (r["accused_countries"], r["accused_rule"], r["stance_cues"]) == ("RUS", "attack", "attack")
    # the country's own strike, told by itself, accuses nobody
    r = one(registry, 'وقالت وزارة الدفاع الروسية إن صواريخ روسية عالية الدقة أصابت منشآت عسكرية أوكرانية.')
    assert (r["speaker_country"], r["stance"]) == ("RUS", "statement")


def test_any_transfer_and_unseen_transfer_assert_none(registry):
    r = one(registry, 'وقال وزير الخارجية البريطاني إن "أي تسليم لصواريخ باليستية إيرانية إلى روسيا سيشكل '
                      'تصعيداً خطيراً".')
    assert (r["speaker_country"], r["stance"], r["topics"]) == ("GBR", "statement", "missiles")
    r = one(registry, 'وأوضح المتحدث باسم البيت الأبيض أن واشنطن "لم تلاحظ حتى الآن" تسليم أي صواريخ '
                      'إيرانية إلى روسيا.')
    assert (r["speaker_country"], r["stance"]) == ("USA", "statement")


@pytest.mark.parametrize("sentence", [
    'وقالت وزارة الخزانة الأمريكية إن الشبكة زودت إيران بمحركات للطائرات المسيرة التي '
    'تطلقها القوات الروسية على المدن الأوكرانية.',
    # the victims' adjective after a killing verb is neither the drones' origin nor a party
    'وقالت جولي إن "النظام الإيراني اختار أن يكون شريكاً في حرب بوتين، عبر إرسال مسيّرات '
    'تقتل المدنيين الأوكرانيين".',
])
def test_adjective_of_a_place_or_victims_is_no_party(registry, sentence):
    r = one(registry, sentence)
    assert r["stance"] == "claim" and "UKR" not in r["accused_countries"].split(";")


def test_media_relaying_a_named_speakers_reported_verb(registry):
    r = one(registry, 'وذكرت وكالة رويترز أن وزير الخارجية الإيراني عباس عراقجي نفى إرسال صواريخ باليستية '
                      'إلى روسيا.')
    assert (r["speaker_actor_id"], r["speaker_source"], r["via"], r["stance"]) == (
        "abbas_araghchi", "relayed", "reuters", "denial")
    r = one(registry, 'ونقلت صحيفة "كيهان" أن المتحدث باسم الخارجية ناصر كنعاني رفض الاتهامات الأوكرانية '
                      'بشأن الطائرات المسيرة.')
    assert (r["speaker_actor_id"], r["via"], r["stance"], r["topics"]) == ("nasser_kanaani", "kayhan", "denial", "drones")
    # what the outlet itself reports stays the outlet's
    r = one(registry, 'وذكرت وكالة رويترز أن إيران سلمت روسيا صواريخ باليستية.')
    assert (r["speaker_actor_id"], r["stance"], r["via"]) == ("reuters", "claim", "")


# ------------------------------------------------------------ blind round h36–h40 (generalisation)
def test_renewing_a_denial_and_groundless_and_no_part(registry):
    r = one(registry, 'وشدد وزير الخارجية الإيراني على أن بلاده تدعم الحل السلمي، مجدداً نفي إرسال أي '
                      'طائرات مسيرة إلى روسيا بعد اندلاع الحرب.')
    assert (r["speaker_country"], r["stance"], r["stance_cues"]) == ("IRN", "denial", "مجدداً نفي")
    r = one(registry, 'وقال المتحدث باسم الخارجية الإيرانية إن ربط إيران بكل مسيرة تسقط في أوكرانيا "لا يستند '
                      'إلى دليل".')
    assert (r["speaker_country"], r["stance"]) == ("IRN", "denial")
    r = one(registry, 'وأكدت الخارجية الإيرانية أن طهران "لا دور لها" في ما يصنع من طائرات مسيرة داخل روسيا.')
    assert (r["speaker_country"], r["stance"], r["topics"]) == ("IRN", "denial", "drones")


def test_bare_shahed_where_it_can_only_be_the_drone(registry):
    r = one(registry, 'وكتب المتحدث باسم الخارجية الأوكرانية أوليغ نيكولينكو أن "كل شاهد يسقط فوق مدننا '
                      'يحمل بصمات طهران".')
    assert (r["speaker_country"], r["stance"], r["topics"]) == ("UKR", "claim", "drones")
    assert r["accused_countries"].split(";")[0] == "IRN"


def test_accuser_asserting_about_an_accused_partys_arms_is_a_claim(registry):
    recs = run(registry,
               'واتهمت واشنطن إيران بتزويد روسيا بطائرات مسيرة هجومية.',
               'وقال المتحدث باسم الخارجية الأوكرانية إن "التعاون العسكري بين إيران وروسيا يتعمق، ورأينا '
               'ذلك في المسيرات التي تضرب مدننا".',
               'وأكد المتحدث أن بلاده "ستواصل العمل مع شركائها لوقف تدفق المسيرات الإيرانية".')
    assert [(r["speaker_country"], r["stance"]) for r in recs] == [
        ("USA", "claim"), ("UKR", "claim"), ("UKR", "statement")]
    assert recs[1]["stance_cues"].startswith("assert:")


def test_but_he_stressed_with_a_denial_cue_after_an_admission_is_a_second_statement(registry):
    recs = run(registry, 'أقرّ المتحدث باسم الخارجية الإيرانية إسماعيل بقائي بأن طهران "سلّمت عدداً محدوداً من '
                         'الطائرات المسيرة قبل اندلاع الحرب"، لكنه شدد على أن "أي حديث عن دور إيراني حالي كذب محض".')
    assert [(r["speaker_actor_id"], r["stance"], r["topics"]) for r in recs] == [
        ("esmaeil_baghaei", "admission", "drones"), ("esmaeil_baghaei", "denial", "drones")]


def test_restrictions_on_transfers_and_any_transfer_of_these_assert_none(registry):
    recs = run(registry,
               'واتهمت الولايات المتحدة إيران بتزويد روسيا بصواريخ باليستية.',
               'وأضافت الاستخبارات البريطانية أن "أي تسليم لهذه الصواريخ سيشكل خرقاً واضحاً لقرار مجلس الأمن"، '
               'لافتة إلى أن القيود على نقل الصواريخ من إيران تبقى سارية.')
    assert [(r["speaker_country"], r["stance"]) for r in recs] == [("USA", "claim"), ("GBR", "statement")]


# ------------------------------------------------------------ blind round h46–h50 (generalisation)
def test_but_he_after_a_full_stop_is_the_speaker_just_reported(registry):
    recs = run(registry, 'قال المتحدث باسم الكرملين ديمتري بيسكوف إن البيان "يؤكد انخراط الحلف في النزاع". غير '
                         'أنه رفض التعليق على ما ورد فيه بشأن الطائرات المسيرة الإيرانية.')
    assert [(r["speaker_actor_id"], r["speaker_country"]) for r in recs] == [
        ("dmitry_peskov", "RUS"), ("dmitry_peskov", "RUS")]


def test_commented_saying_and_whether_and_the_mp(registry):
    r = one(registry, 'وعلّق المتحدث باسم الخارجية الأوكرانية أوليغ نيكولينكو قائلاً إن طهران "تزود موسكو '
                      'بطائرات شاهد المسيرة".')
    assert (r["speaker_actor_id"], r["stance"]) == ("oleg_nikolenko", "claim")
    r = one(registry, 'ويعتقد الخبير الروسي أن الاختبار الحقيقي سيكون ما إذا كانت طهران ستقرر تزويد موسكو '
                      'بصواريخ باليستية.')
    assert (r["speaker_country"], r["stance"]) == ("RUS", "statement")
    recs = run(registry, 'وقال عضو لجنة الأمن القومي في البرلمان الإيراني أحمد بخشايش إن التعاون مع روسيا قائم.',
               'وأضاف النائب أن "إيران لا تحتاج إلى إذن من أحد لتطوير قدراتها الصاروخية".')
    assert recs[-1]["speaker_country"] == "IRN"


def test_verb_after_a_comma_continues_a_government_named_by_its_adjective(registry):
    r = one(registry, 'فرضت الحكومة البريطانية عقوبات على شبكة من الشركات المسجلة في إيران وتركيا، قالت إنها '
                      'اشترت محركات للطائرات المسيرة الإيرانية.')
    assert (r["speaker_country"], r["stance"]) == ("GBR", "claim")


# ------------------------------------------------------------ blind round h56–h60 (generalisation)
def test_amma_subject_with_a_relative_clause_before_fa(registry):
    r = one(registry, 'أما السفارة الإيرانية في كييف، التي تعمل بطاقم مقلص منذ أشهر، فقد نفت أن تكون طهران '
                      'قد زودت روسيا بأي طائرات مسيرة.')
    assert (r["speaker_country"], r["speaker_source"], r["stance"]) == ("IRN", "before", "denial")


# ------------------------------------------------------------ blind round h61–h65 (generalisation)
def test_renewed_denial_after_a_long_parenthesis(registry):
    r = one(registry, 'ومن طهران، جدد المتحدث باسم الخارجية الإيرانية ناصر كنعاني، في مؤتمره الصحفي الأسبوعي يوم '
                      'الاثنين الماضي، نفي بلاده إرسال أي طائرات مسيرة إلى روسيا.')
    assert (r["speaker_actor_id"], r["stance"], r["topics"]) == ("nasser_kanaani", "denial", "drones")


def test_mission_to_the_un_is_its_countrys(registry):
    r = one(registry, 'غير أن البعثة الإيرانية لدى الأمم المتحدة كانت قد أكدت أن إيران "لم تنقل أي صواريخ '
                      'إلى روسيا".')
    assert (r["speaker_country"], r["stance"]) == ("IRN", "denial")


def test_has_no_confirmation_is_non_committal(registry):
    r = one(registry, 'وقال عضو لجنة الأمن القومي في البرلمان الإيراني إنه "لا يملك أي تأكيد" بشأن إرسال '
                      'صواريخ إيرانية إلى روسيا.')
    assert (r["speaker_country"], r["stance"]) == ("IRN", "statement")


def test_arms_said_to_be_made_by_another_country_is_a_claim(registry):
    r = one(registry, 'وقال سلاح الجو الأوكراني إن الطائرات المسيرة الانتحارية التي أسقطت فوق كييف "إيرانية الصنع".')
    assert (r["speaker_country"], r["stance"], r["topics"]) == ("UKR", "claim", "drones")
    assert r["accused_countries"].split(";")[0] == "IRN"


def test_refusing_to_answer_is_no_comment(registry):
    r = one(registry, 'ورفض المتحدث باسم الكرملين دميتري بيسكوف، الاثنين، الرد على أسئلة الصحافيين حول مصدر '
                      'الطائرات المسيرة.')
    assert (r["speaker_actor_id"], r["stance"]) == ("dmitry_peskov", "statement")
    r = one(registry, 'ورفض المتحدث باسم الكرملين دميتري بيسكوف الاتهامات الأوكرانية بشأن الطائرات المسيرة.')
    assert r["stance"] == "denial"


# ------------------------------------------------------------ blind rounds h66–h75 (generalisation)
def test_never_did_and_never_will_supply_is_a_denial(registry):
    r = one(registry, 'وأكد المتحدث باسم وزارة الدفاع الإيرانية أن "الجمهورية الإسلامية لم ولن تزود أيا من طرفي '
                      'الحرب بصواريخ".')
    assert (r["speaker_country"], r["stance"], r["topics"]) == ("IRN", "denial", "missiles")


def test_if_true_at_the_start_of_the_content_is_a_hypothesis_not_at_its_end(registry):
    r = one(registry, 'ويرى الباحث السعودي فيصل العنزي أن "التقارير إذا صحت فإنها تعني أن طهران ترسل طائرات '
                      'مسيرة إلى روسيا".')
    assert (r["speaker_country"], r["stance"]) == ("SAU", "statement")
    r = one(registry, 'وقال المجلس الأوروبي في بيانه إن "إيران زودت روسيا بطائرات مسيرة"، مشيراً إلى أن الإطار '
                      'يمكن توسيعه ليشمل الصواريخ "إذا تأكد نقلها".')
    assert r["stance"] == "claim"


def test_denying_the_american_accusations_answers_the_claimed_arms(registry):
    recs = run(registry,
               'وقال جون كيربي إن إيران ربما أرسلت بالفعل صواريخ باليستية إلى روسيا.',
               'في المقابل، نفى المتحدث باسم وزارة الدفاع الإيرانية الاتهامات الأمريكية، واصفا إياها بأنها "ادعاءات '
               'هدفها تبرير إغراق كييف بمزيد من الأسلحة الغربية".')
    assert (recs[-1]["speaker_country"], recs[-1]["stance"]) == ("IRN", "denial")
    assert recs[-1]["topics"].split(";")[0] == "missiles"


def test_adjective_of_the_target_after_a_preposition_is_no_origin(registry):
    r = one(registry, 'وأعلن الحرس الثوري الإيراني في بيان أنه أطلق عشرات الطائرات المسيرة والصواريخ على أهداف '
                      'عسكرية إسرائيلية.')
    assert r["speaker_country"] == "IRN" and "ISR" not in r["accused_countries"].split(";")
    assert r["accused_rule"] != "origin"


def test_strike_in_the_present_tense_accuses_the_arms_country(registry):
    # my own sentence, after a Zelensky address (Danube ports, 2023)
    r = one(registry, 'وقال الرئيس الأوكراني فولوديمير زيلينسكي إن «المحتلين يضربون مدننا الساحلية بمسيّرات '
                      'إيرانية كل ليلة».')
    assert (r["speaker_country"], r["stance"], r["topics"]) == ("UKR", "claim", "drones")
    assert (r["accused_countries"], r["accused_rule"]) == ("IRN", "attack")


def test_the_speakers_own_plan_against_a_transfer_claims_nothing(registry):
    recs = run(registry,
               'واتهمت واشنطن إيران بتزويد روسيا بطائرات مسيرة.',
               'وأضاف المتحدث أن بلاده "ستواصل العمل مع حلفائها لكشف شحنات المسيّرات الإيرانية ووقفها".',
               'وقال وزير الخارجية الأوكراني إن إيران سترسل مسيّرات جديدة إلى روسيا الشهر المقبل.')
    assert [(r["speaker_country"], r["stance"]) for r in recs] == [
        ("USA", "claim"), ("USA", "statement"),   # a plan to expose the shipments asserts none
        ("UKR", "claim")]                         # another party's future action is still a claim
    assert recs[1]["topics"] == "drones" and recs[1]["accused_countries"] == ""


def test_cannot_confirm_takes_the_arms_of_the_claim_it_answers(registry):
    recs = run(registry,
               'وقالت كييف إن إيران سلّمت روسيا منصات إطلاق لصواريخ باليستية.',
               'من جانبه، قال متحدث باسم الخارجية البريطانية إن لندن "لا تستطيع تأكيد" وصول المنصات.',
               'ورفض المتحدث باسم الكرملين التعليق.')
    assert [(r["speaker_country"], r["stance"], r["topics"], r["topics_inherited"]) for r in recs] == [
        ("UKR", "claim", "missiles", False),
        ("GBR", "statement", "missiles", True),   # not confirming the reported delivery
        ("RUS", "statement", "", False)]          # a bare no-comment names no topic


def test_no_link_between_the_speakers_side_and_arms_is_a_denial(registry):
    # my own sentences (after statements of Iran's foreign ministry, 2024–2025)
    r = one(registry, 'وقال المتحدث باسم الخارجية الإيرانية إسماعيل بقائي إنه «لا صلة لإيران بهذه المسيّرات».')
    assert (r["speaker_country"], r["stance"], r["topics"], r["stance_cues"]) == (
        "IRN", "denial", "drones", "لا صلة لإيران بهذه")
    r = one(registry, 'وأكد المتحدث أن البرنامج الفضائي لبلاده سلمي ولا علاقة له بالصواريخ الباليستية.')
    assert (r["stance"], r["topics"]) == ("denial", "missiles")
    # a link named for another party is no denial by the speaker
    r = one(registry, 'وقال المتحدث باسم الخارجية الإيرانية إن لا علاقة لأوكرانيا بالمسيرات التي سقطت في طهران.')
    assert r["stance"] == "statement"


def test_a_relayed_verbal_noun_gives_its_stance(registry):
    r = one(registry, 'ونقلت وكالة «تسنيم» عن مصدر في وزارة الدفاع الإيرانية نفيه أن تكون أي مسيّرة '
                      'إيرانية قد وصلت إلى روسيا عبر آسيا الوسطى.')
    assert (r["speaker_actor_id"], r["stance"], r["stance_cues"]) == ("irn_mod", "denial", "نفيه")


def test_a_copy_or_design_of_another_countrys_arms_is_a_claim(registry):
    recs = run(registry,
               'وقال وزير الدفاع البولندي إن الحطام يعود إلى مسيّرات طوّرتها روسيا استناداً إلى تصميم '
               '«شاهد» الإيرانية.',
               'وأضاف المتحدث باسم القوات الجوية الأوكرانية يوري إغنات أن "هذه المسيّرة ليست سوى نسخة روسية '
               'من شاهد-238 الإيرانية".',
               'وقالت وزارة الدفاع الروسية إن مسيرات جيران روسية التصميم بالكامل.')
    assert [(r["speaker_country"], r["stance"], r["accused_countries"]) for r in recs] == [
        ("POL", "claim", "IRN;RUS"), ("UKR", "claim", "IRN;RUS"),
        ("RUS", "denial", "")]  # its own design: a denial of the foreign origin


def test_object_after_lakinnahu_and_a_plural_verb(registry):
    recs = run(registry,
               'وقال متحدث باسم الحكومة البريطانية إن لندن لا تعلق على المعلومات الاستخباراتية، لكنه اتهم '
               'طهران بانتهاك القرار 2231 عبر «تزويد روسيا بالمسيّرات».',
               'غير أن مسؤولين أوكرانيين يتهمون طهران منذ أكتوبر الماضي بتزويد موسكو بمئات المسيّرات.')
    got = [(r["speaker_country"], r["stance"], r["accused_countries"]) for r in recs]
    # "لكنه": the spokesman goes on; "يتهمون": plural, so its subject stands before it
    assert got[1:] == [("GBR", "claim", "IRN;RUS"), ("UKR", "claim", "IRN;RUS")]


def test_home_made_and_a_lie_deny(registry):
    recs = run(registry,
               'وسبق للكرملين أن أكد أن القوات الروسية تستخدم مسيّرات "جيران" من الإنتاج المحلي.',
               'وقال السفير الروسي لدى طهران ألكسي ديدوف إن "الحديث عن مسيّرات إيرانية في ساحة المعركة كذبة '
               'يروّجها الغرب".',
               'وقال وزير الصناعة الإيراني إن بلاده تدعم الصناعة المحلية للمسيرات.')
    assert [(r["speaker_country"], r["stance"], r["stance_cues"]) for r in recs] == [
        ("RUS", "denial", "الإنتاج المحلي"), ("RUS", "denial", "كذبة"),
        ("IRN", "statement", "")]  # the local industry is no make


def test_accusations_of_a_country_inside_a_clause_and_an_official_before_his_verb(registry):
    recs = run(registry,
               'عادت منشأة صغيرة في دوشنبه إلى واجهة الجدل، بعد اتهامات أوكرانية وغربية بأن آسيا الوسطى '
               'باتت طريقاً لوصول المسيّرات الإيرانية إلى القوات الروسية.',
               'غير أن مسؤولاً حكومياً طاجيكياً قال لوكالة «آسيا بلس» إن الحديث عن ممر لنقل المسيّرات إلى '
               'روسيا «لا أساس له من الصحة».')
    assert [(r["speaker_country"], r["speaker_source"], r["stance"], r["stance_cues"].split(";")[0])
            for r in recs] == [("UKR", "nominal", "claim", "اتهامات أوكرانية"),
                               ("TJK", "before", "denial", "لا أساس له")]


def test_boasts_of_buyers_and_capability_admit_no_supply(registry):
    recs = run(registry,
               'واتهمت واشنطن إيران بتزويد روسيا بطائرات مسيّرة.',
               'وقال اللواء يحيى رحيم صفوي إن «22 دولة طلبت شراء طائرات مسيّرة إيرانية».',
               'وقال رئيس الأركان الإيراني محمد باقري إن إيران «قادرة على تصدير مسيّراتها إلى الدول الصديقة».',
               'وأقر وزير الخارجية الإيراني بأن بلاده أرسلت عدداً محدوداً من المسيّرات إلى روسيا.')
    assert [(r["speaker_country"], r["stance"]) for r in recs] == [
        ("USA", "claim"), ("IRN", "statement"), ("IRN", "statement"), ("IRN", "admission")]


def test_refusing_to_comment_in_a_participle_is_no_denial(registry):
    recs = run(registry, 'وقال بيسكوف إن روسيا تتابع الوضع، رافضاً التعليق على ما إذا كانت موسكو قد تلقت '
                         'إخطاراً مسبقاً من طهران.')
    assert [r["stance"] for r in recs] == ["statement", "statement"]


def test_denied_before_admitting_is_two_statements(registry):
    recs = run(registry,
               'واتهمت واشنطن إيران بتزويد روسيا بطائرات مسيرة.',
               'وهو ما نفته طهران مراراً، قبل أن تقرّ مطلع الشهر الجاري بأنها أرسلت «عدداً محدوداً» منها '
               'إلى روسيا قبل اندلاع الحرب.')
    assert [(r["speaker_country"], r["speaker_source"], r["stance"], r["partial"]) for r in recs[1:]] == [
        ("IRN", "after", "denial", False), ("IRN", "previous", "admission", True)]


def test_denying_any_weapons_or_their_transit_answers_the_arms_claimed(registry):
    recs = run(registry,
               'واتهمت وزارة الخزانة الأمريكية شركة بيلاروسية بنقل قطع غيار لمسيّرات إيرانية إلى روسيا.',
               'وقال المتحدث باسم الخارجية البيلاروسية أناتولي غلاز إن بلاده "لم تكن يوماً ممراً لأي أسلحة '
               'إيرانية نحو روسيا".',
               'ونفت السفارة الإيرانية في مينسك أن تكون طهران قد زوّدت روسيا بأي أسلحة.')
    got = [(r["speaker_country"], r["stance"], r["topics"], r["stance_cues"]) for r in recs[1:]]
    assert got == [("BLR", "denial", "drones;weapons", "لم تكن يوماً ممرا"),
                   ("IRN", "denial", "drones;weapons", "ونفت")]


def test_ministry_officials_speculation_and_unseen_transfers(registry):
    recs = run(registry,
               'وجّهت وزارة العدل الأميركية اتهامات إلى أربعة أشخاص بتهريب مكونات إلى إيران.',
               'وقال وزير العدل ميريك غارلاند إن «النظام الإيراني يعتمد على التكنولوجيا الأميركية لبناء '
               'المسيّرات التي يرسلها إلى روسيا».',
               'وقال مستشار الأمن القومي الأميركي جيك سوليفان إن واشنطن "لم ترَ حتى الآن" دليلاً على تسليم '
               'صواريخ باليستية إيرانية لروسيا.',
               'وكتبت السفارة الروسية في طهران أن "التكهنات الغربية حول نقل صواريخ إيرانية إلى روسيا لا '
               'تستحق التعليق".',
               'وقالت زاخاروفا إن الجيش الروسي "يملك ما يكفي من الصواريخ من إنتاجه الخاص".')
    got = [(r["speaker_country"], r["speaker_source"], r["stance"]) for r in recs]
    assert got == [("USA", "title_org", "claim"),   # the ministry named in full before
                   ("USA", "after", "statement"),   # not seen: no transfer asserted
                   ("RUS", "after", "statement"),   # speculation about a transfer asserts none
                   ("RUS", "after", "denial")]      # its own production
    assert recs[0]["accused_countries"] == "IRN;RUS"


@pytest.mark.parametrize("text, supplier, cue", [
    # the supplier after من, past a long description of the arms
    ('وأعلن كيربي أن روسيا "تسعى للحصول على صواريخ باليستية قصيرة المدى من إيران".',
     "IRN", "transfer:supplier"),
    # the subject names no country: the place the transfer left from
    ('وقالت وزارة الخزانة الأميركية في بيان إن طائرات الشركة "نقلت مسيّرات من طراز شاهد من مطارات '
     'إيرانية إلى قواعد جوية روسية".', "IRN", "transfer:supplier"),
    # a carrier's participle
    ('وقال وزير الخارجية البريطاني جيمس كليفرلي إن "كل رحلة تقلع من طهران محمّلة بالمسيّرات نحو روسيا '
     'تعني مزيداً من الأوكرانيين في الظلام".', "IRN", "transfer:supplier"),
    # "تزويد X Y بـ": the first party supplies the second ...
    ('وقال كوليبا إن العقوبات رد على تزويد طهران الجيش الروسي بالطائرات المسيّرة.', "IRN",
     "transfer:supplier"),
    # ... but the adjective after بـ is the arms' origin, not a second party
    ('وقال كوليبا إن على العالم وقف تزويد روسيا بالصواريخ الإيرانية.', "IRN", "transfer:origin"),
])
def test_transfer_claims_find_their_supplier(registry, text, supplier, cue):
    r = one(registry, text)
    assert (r["stance"], r["accused_country"], r["stance_cues"]) == ("claim", supplier, cue)


def test_arms_help_includes_shared_expertise(registry):
    recs = run(registry,
               'وقال ميلر إن إيران أرسلت صواريخ باليستية إلى روسيا.',
               'وأضاف ميلر أن موسكو «تتقاسم مع طهران خبرات في تكنولوجيا الإطلاق تصب في برنامج الصواريخ '
               'الباليستية الإيراني».')
    assert (recs[1]["stance"], recs[1]["topics"]) == ("claim", "missiles")


def test_the_makers_pride_in_its_exports_is_no_denial(registry):
    # "إيرانية الصنع" from an Iranian speaker about arms bought abroad: a statement; the
    # same words about the arms Russia uses, from a Russian speaker, deny a supply
    sale = one(registry, 'قال قائد القوة البحرية للحرس الثوري الإيراني علي رضا تنكسيري إن 22 دولة تقدمت '
                         'بطلبات رسمية لشراء طائرات مسيّرة إيرانية الصنع.')
    own = one(registry, 'وقالت وزارة الدفاع الروسية إن جميع المسيّرات المستخدمة في العملية العسكرية الخاصة '
                        'هي "روسية الصنع بالكامل".')
    assert (sale["speaker_country"], sale["stance"]) == ("IRN", "statement")
    assert (own["speaker_country"], own["stance"], own["stance_cues"]) == ("RUS", "denial", "روسية الصنع")


def test_an_admission_tied_to_nothing_more_is_also_a_denial(registry):
    recs = run(registry,
               'وقال كيربي إن مدربين إيرانيين يساعدون الروس في تشغيل المسيرات.',
               'وقالت البعثة الإيرانية إن إيران "زودت روسيا بعدد محدود من المسيّرات قبل الحرب، ولم يكن ذلك '
               'مرتبطاً بأي تدريب أو دعم فني لاحق".')
    got = [(r["stance"], r["speaker_country"], r["topics"]) for r in recs[1:]]
    assert got == [("admission", "IRN", "drones"), ("denial", "IRN", "drones")]
    assert recs[2]["stance_cues"].startswith("ولم يكن ذلك مرتبطا")


def test_a_commanders_follow_up_continues_the_commander(registry):
    recs = run(registry,
               'وقال قائد القوة البحرية للحرس الثوري علي رضا تنكسيري إن بلاده تصنع المسيرات.',
               'وتابع القائد العسكري أن القوة البحرية ستتسلم طرازات جديدة من المسيّرات.')
    assert [(r["speaker_country"], r["speaker_source"]) for r in recs] == [("IRN", "after"), ("IRN", "previous")]


def test_a_common_noun_after_the_verb_is_its_subject_and_the_country_its_object(registry):
    leaders = one(registry, 'وطالب القادة طهران بـ"الكفّ عن مساعدة روسيا في حربها على أوكرانيا"، بما في ذلك '
                            'تزويد موسكو بالطائرات المسيّرة.')
    assert (leaders["speaker_surface"], leaders["speaker_country"], leaders["stance"]) == ("القادة", "", "claim")
    assert set(leaders["accused_countries"].split(";")) == {"IRN", "RUS"}
    # a weekday between the verb and the speaker is no subject
    kremlin = one(registry, 'وقالت الأحد موسكو إن الاتهامات باطلة.')
    assert (kremlin["speaker_country"], kremlin["stance"]) == ("RUS", "denial")


@pytest.mark.parametrize("text, cue", [
    # destination, stock and service: another country holds the arms
    ("وقالت الاستخبارات الأوكرانية إن صواريخ إيرانية في طريقها إلى روسيا.", "إلى روسيا"),
    ("الاستخبارات البريطانية: مخزون روسيا من المسيّرات الإيرانية يتراجع", "مخزون روسيا"),
    ('وأكد المتحدث باسم الاستخبارات الأوكرانية أن مسيّرات "آرش 2" الإيرانية باتت في خدمة الجيش الروسي.',
     "خدمة الجيش الروسي"),
])
def test_arms_of_one_country_held_by_another_is_a_claim_against_the_maker(registry, text, cue):
    r = one(registry, text)
    assert (r["stance"], r["accused_countries"], r["stance_cues"]) == ("claim", "IRN;RUS", cue)


def test_arms_held_by_no_other_country_or_a_warning_claim_nothing(registry):
    # a comparison names no holder; "any transfer ... would be" is a warning, left to the
    # transfer rules
    compare = one(registry, "وقال الخبير الأمريكي إن الصواريخ الإيرانية أدق من الصواريخ الكورية.")
    warning = one(registry, 'وحذّر كاميرون من أن أي نقل لصواريخ باليستية إيرانية إلى روسيا «سيمثّل تصعيداً خطيراً».')
    assert (compare["stance"], warning["stance"]) == ("statement", "statement")


def test_the_accused_side_affirming_a_receipt_admits_it(registry):
    recs = run(registry,
               'وقال المتحدث الأمريكي إن روسيا تزود إيران بصواريخ دفاع جوي.',
               # no recipient named, arms of the other accused country: the speaker's side
               'ونقلت وكالة "تسنيم" عن النائب الإيراني أبو الفضل عمويي قوله إن "شحنات الصواريخ الاعتراضية '
               'الروسية وصلت على دفعات".',
               # the other country receiving the speaker's own arms
               'وقال عمويي إن روسيا تسلمت صواريخ إيرانية.')
    assert [(r["stance"], r["speaker_country"]) for r in recs] == [
        ("claim", "USA"), ("admission", "IRN"), ("admission", "IRN")]
    # a first-person receipt from another country, and the arms named just before
    first = run(registry,
                'أقر وزير الدفاع الإيراني عزيز نصير زاده بأن بلاده تسلّمت صواريخ اعتراضية.',
                'وقال نصير زاده إن "ما تسلمناه من الأصدقاء الروس يندرج في إطار عقود دفاعية مشروعة".')
    assert (first[1]["stance"], first[1]["stance_cues"], set(first[1]["topics"].split(";"))) == (
        "admission", "تسلمناه", {"missiles", "air_defense"})


def test_a_receipt_by_another_country_or_a_purchase_request_admits_nothing(registry):
    recs = run(registry,
               'وقال المتحدث الأوكراني إن إيران أرسلت مسيّرات إلى روسيا.',
               'وقال المتحدث باسم الاستخبارات الأوكرانية إن روسيا تسلّمت من إيران أكثر من ألفي مسيّرة.')
    assert recs[1]["stance"] == "claim"
    boast = one(registry, 'وقال قائد القوة البحرية للحرس الثوري الإيراني إن 22 دولة طلبت شراء مسيّرات إيرانية.')
    assert boast["stance"] == "statement"


@pytest.mark.parametrize("text, stance, cue", [
    # the accused side names itself in the accusations it describes
    ('وصفت المتحدثة باسم الخارجية الروسية ماريا زاخاروفا الاتهامات الأمريكية بنقل صواريخ إيرانية إلى روسيا '
     'بأنها "أسطوانة مشروخة يكررونها منذ سنوات".', "denial", "الاتهامات بأنها"),
    # a party that is not accused, or a credible word, denies nothing
    ("ووصف كوليبا الاتهامات الأمريكية لإيران بتزويد روسيا بالصواريخ بأنها دقيقة.", "statement", ""),
])
def test_an_accused_party_describing_the_accusations_denies_them(registry, text, stance, cue):
    r = one(registry, text)
    assert (r["stance"], r["stance_cues"]) == (stance, cue)


def test_a_fronted_phrase_is_no_subject_and_the_answer_names_its_topic(registry):
    recs = run(registry,
               'وقال وزير الخارجية الأوكراني إن إيران ترسل المسيرات إلى روسيا.',
               'وقال وزير الدفاع الإيراني عزيز نصير زاده إن بلاده لا تتدخل.',
               'وعن الاتهامات الغربية بتزويد روسيا بمسيّرات "شاهد" وصواريخ باليستية، قال الوزير إن '
               '"التعاون في مجال الطائرات المسيّرة بدأ قبل الحرب في أوكرانيا".')
    r = recs[2]
    # the minister named before speaks; cooperation bounded by "قبل الحرب" from the accused
    # side is a partial admission, about the drones he names (not the fronted missiles)
    assert (r["speaker_country"], r["stance"], r["topics"]) == ("IRN", "admission", "drones")


def test_a_document_introduced_by_jaa_fihi_speaks_for_its_presenter(registry):
    r = one(registry, 'عرضت مديرة الاستخبارات الوطنية الأمريكية تولسي غابارد، أمس الثلاثاء، التقييم السنوي '
                      'للتهديدات، وجاء فيه أن إيران "تواصل تزويد روسيا بالطائرات المسيّرة والصواريخ الباليستية".')
    assert (r["speaker_country"], r["stance"], r["accused_countries"]) == ("USA", "claim", "IRN;RUS")
    assert "missiles" in one(registry, 'وقال التقرير إن موسكو تساعد طهران على تطوير برنامجها الصاروخي.')["topics"]


def test_wahuwa_ma_akkadahu_affirms_the_claim_just_made(registry):
    recs = run(registry, 'وكان رئيس الوزراء الكندي جاستن ترودو قد أعلن، الخميس، أن الطائرة أسقطت بصاروخ أرض-جو '
                         'إيراني، وهو ما أكده أيضاً رئيس الوزراء البريطاني بوريس جونسون.')
    assert [(r["speaker_country"], r["stance"], r["accused_countries"]) for r in recs] == [
        ("CAN", "claim", "IRN"), ("GBR", "claim", "IRN")]
    # what was said, named as the object of a preposition, is no new statement
    recs = run(registry, 'أما وزارة الدفاع الروسية فلم تصدر أي تعليق على ما أعلنته كييف بشأن المسيّرات.')
    assert not any(r["speaker_country"] == "UKR" for r in recs)


def test_wa_nafa_after_a_comma_is_the_same_speakers_second_statement(registry):
    recs = run(registry, 'وفي طهران، وصف المتحدث باسم الخارجية الإيرانية إسماعيل بقائي الحكم بأنه "سياسي بامتياز"، '
                         'ونفى أن تكون بلاده قد زودت روسيا بمسيّرات أو صواريخ لاستخدامها في الحرب.')
    assert [(r["speaker_country"], r["stance"]) for r in recs] == [("IRN", "statement"), ("IRN", "denial")]
    assert recs[1]["text"].startswith("ونفى")


def test_own_country_receiving_from_another_admits(registry):
    recs = run(registry, 'وقال كوليبا إن روسيا تزود إيران بصواريخ الدفاع الجوي.',
               'غير أن النائب الإيراني جواد كريمي نيا قال إن بلاده "تتلقى من روسيا مكونات لصواريخ الدفاع الجوي".')
    assert (recs[1]["speaker_country"], recs[1]["stance"]) == ("IRN", "admission")


@pytest.mark.parametrize("text, stance", [
    # an accused party's word for a report
    ('وقال الخبراء إن إيران زودت الحوثيين بالصواريخ.\nوكان المندوب الإيراني لدى الأمم المتحدة غلام علي خوشرو '
     'قد وصف تقرير الخبراء بأنه "منحاز" وأن بقايا الصواريخ لا تثبت أي نقل.', "denial"),
    # a party's case in court
    ('ودفع محامو الشركة الإيرانية بأنها "لم تصدّر أي محرك للمسيّرات إلى روسيا".', "denial"),
    # made in the speaker's own factories; the factories' output is no denial
    ('وقالت زاخاروفا إن القوات الروسية "تستخدم مسيّرات جيران التي تُنتج في المصانع الروسية".', "denial"),
    ('وقال المدون الروسي إن المصانع الروسية "باتت تنتج أكثر من مئة مسيّرة يومياً".', "statement"),
])
def test_report_descriptions_court_cases_and_factories(registry, text, stance):
    assert run(registry, *text.split("\n"))[-1]["stance"] == stance


def test_made_in_a_named_country_is_the_arms_origin(registry):
    r = one(registry, 'وقالت المندوبة الأمريكية نيكي هايلي إن الصاروخ الذي استهدف مطار الرياض "صُنع في إيران '
                      'وهُرّب إلى اليمن قطعة قطعة".')
    assert (r["speaker_country"], r["stance"], r["accused_country"]) == ("USA", "claim", "IRN")


def test_idh_qala_after_a_comma_has_no_subject_after_it(registry):
    r = one(registry, 'غير أن النائب الإيراني، ذهب أبعد من ذلك، إذ قال لوكالة "إيلنا" إن المسيرات وصلت.')
    assert r["speaker_source"] != "unlinked"


@pytest.mark.parametrize("text, stance", [
    ('أكدت وزارة الخارجية الروسية أن تجربة الصاروخ الباليستي التي أجرتها إيران "لا تشكل انتهاكاً" لقرار '
     'مجلس الأمن 2231.', "denial"),
    ('وقال القائم بالأعمال الروسي إن الجانب البولندي «لم يقدم أي دليل» على أن المسيّرات روسية.', "denial"),
    ('وقال المتحدث باسم الخارجية الإيرانية إن بلاده "لم ولن ترسل أي مسيّرات إلى روسيا".', "denial"),
    ('وقالت السفارة الروسية في باريس إن مسيرات "جيران" التي تستخدمها القوات الروسية "تصنع في روسيا بمكونات روسية".',
     "denial"),
    ('وكان المتحدث العسكري باسم جماعة الحوثي يحيى سريع قد أعلن تبني الهجوم، قائلاً إنه نُفذ بعشر طائرات مسيرة.',
     "admission"),
    # an offer to examine evidence claims nothing
    ('وأضاف كنعاني: "اقترحنا على الجانب الأوكراني عقد اجتماع للخبراء لفحص أي أدلة على استخدام مسيّراتنا".',
     "statement"),
    ('ونقلت وكالة "إرنا" عن مسؤول في وزارة الدفاع الإيرانية قوله إن "أي صفقة صواريخ لم تُبرم مع الجانب الروسي".',
     "denial"),
    ('ووصفت زاخاروفا الدراسة بأنها "مجموعة من الاختلاقات" عن مسيّرات إيرانية في سوريا.', "denial"),
    # a violation charged is a claim; one foreseen ("سيشكّل") a warning
    ('ورأى النائب الديمقراطي في الكونغرس أن تجربة الصاروخ الإيراني تمثل "انتهاكاً صريحاً" لقرار مجلس الأمن.', "claim"),
    ('وأضافت الاستخبارات البريطانية أن "أي تسليم لهذه الصواريخ سيشكّل خرقاً واضحاً لقرار مجلس الأمن".', "statement"),
    # help by others; no link to one's own country; "ما زالت" is "still", not a negation
    ('وبحسب الدراسة، فإن ضباطاً روساً "ساعدوا في دمج" بيانات المسيّرات الإيرانية في منظومة الرصد الروسية.', "claim"),
    ('وقال المتحدث باسم الخارجية الإيرانية بهرام قاسمي إن "الأسلحة المعروضة لا علاقة لها بإيران".', "denial"),
    ('وقال المتحدث باسم الخارجية الأوكرانية إن "المسيّرات الإيرانية ما زالت تضرب مدننا كل ليلة".', "claim"),
    # no advisers, scientifically impossible, taking responsibility oneself
    ('ونقلت وكالة «تسنيم» عن مصدر عسكري إيراني قوله إن «الحرس الثوري لا يملك أي مستشارين في أوكرانيا لتشغيل '
     'الطائرات المسيّرة».', "denial"),
    ('وقال رئيس منظمة الطيران المدني الإيرانية إن إصابة الطائرة بصاروخ "مستحيلة علمياً".', "denial"),
    ('وأعلن قائد القوة الجوفضائية في الحرس الثوري تحمله "المسؤولية الكاملة" عن إطلاق الصاروخ على الطائرة.',
     "admission"),
])
def test_stance_cues_of_the_blind_dev_rounds(registry, text, stance):
    assert one(registry, text)["stance"] == stance


def test_arms_launched_from_a_country_accuse_it(registry):
    r = one(registry, 'ونقلت شبكة "سي إن إن" عن مصدر مطلع على التحقيقات أن الضربة نُفذت بصواريخ كروز وطائرات مسيرة '
                      'أُطلقت من الأراضي الإيرانية وليس من اليمن.')
    assert (r["stance"], r["accused_country"]) == ("claim", "IRN")


def test_a_subject_two_words_after_fihi(registry):
    r = one(registry, 'في وقت أعلنت فيه الإدارة الأمريكية أنها وضعت طهران "تحت الإنذار رسمياً" بسبب برنامجها الصاروخي.')
    assert r["speaker_country"] == "USA"


def test_a_title_names_the_country_of_a_speaker_the_registry_does_not_know(registry):
    r = one(registry, 'وفي واشنطن، اعتبر السيناتور الجمهوري توم كوتون أن موسكو وطهران "تتفاوضان على صفقات صواريخ جديدة".')
    assert r["speaker_country"] == "USA"


def test_a_court_turning_down_a_case_denies_nothing(registry):
    r = one(registry, 'رفضت المحكمة العامة للاتحاد الأوروبي دعوى أقامتها شركة إيرانية لإلغاء العقوبات المفروضة '
                      'عليها بسبب محركات المسيّرات.')
    assert r["stance"] == "statement"


@pytest.mark.parametrize("text", [
    'وقال رئيس اللجنة حاكم الزاملي إن "المركز يعمل على جمع المعلومات، ولا توجد أي طائرة مسيّرة إيرانية تنطلق من القواعد العراقية".',
    'وقال رئيس الوزراء الأرميني نيكول باشينيان إن بلاده "ليست ولن تكون ممراً لأي أسلحة أو مسيّرات نحو أي جهة".',
    'وقال المتحدث باسم الخارجية الإيرانية إن التجربة الصاروخية "دفاعية بحتة ولا تخرق أي التزام دولي".',
    'ورد نائب وزير الخارجية الروسي سيرغي ريابكوف بأن "روسيا لا تشارك بأي شكل في البرنامج الصاروخي الإيراني".',
    'وأضاف بقائي أن "الاتهامات الأوكرانية بشأن المسيرات تستند إلى صور لا يمكن التحقق منها".',
    'وقال نائب المندوب الروسي إن بلاده "لم ترَ أي دليل مقنع" على أن المسيّرات التي أسقطت فوق كييف مصدرها إيران.',
    'وقالت السفارة الروسية في باريس إن المقال "يعيد تدوير أساطير قديمة" عن صواريخ إيرانية في أوكرانيا.',
    'ونقلت وكالة "تاس" عن مصدر في وزارة الدفاع الروسية أن شراء قطع مدنية من السوق "لا يعني وجود تعاون عسكري" مع طهران في مجال المسيّرات.',
    'وقال المتحدث باسم الخارجية الإيرانية إن البرنامج الصاروخي لبلاده "دفاعي ومحلي بالكامل".',
    'وأكد الكرملين أن الجيش الروسي "يعتمد على صناعته الدفاعية الوطنية" في إنتاج الطائرات المسيّرة.',
    'وقال المتحدث باسم وزارة الخارجية الإيرانية عباس موسوي إن صواريخ بلاده "تصمم وتصنع بأيد إيرانية مئة بالمئة".',
    'وقالت السفارة الإيرانية في لاهاي إن "القطع التجارية ذات الاستخدام المدني لا يمكن أن تكون دليلاً على تزويد روسيا '
    'بمسيّرات إيرانية".',
    'وقالت زاخاروفا إن روسيا "لم تكن طرفاً في قرار الضربة الصاروخية ولا في تنفيذها".',
])
def test_more_denial_cues(registry, text):
    assert one(registry, text)["stance"] == "denial"


def test_no_need_to_import_denies(registry):
    recs = run(registry, 'وقال المتحدث الأمريكي إن روسيا تستورد مسيّرات إيرانية.',
               'وقالت زاخاروفا إن "روسيا تنتج طائرات مسيّرة من أفضل الطرازات في العالم، ولا تحتاج إلى استيراد أي منها".')
    assert (recs[1]["speaker_country"], recs[1]["stance"]) == ("RUS", "denial")


def test_a_titled_unknown_subject_is_the_speaker_not_the_accused_country(registry):
    recs = run(registry,
               'وفي واشنطن، اتهم السيناتور الجمهوري مارك كيرك روسيا بتوفير "غطاء دبلوماسي وتقني" للبرنامج الصاروخي '
               'الإيراني.',
               # weighing its own options (sanctions) asserts no transfer
               'وقال المتحدث باسم وزارة الخارجية الأمريكية جون كيربي إن بلاده "تدرس خيارات أحادية، من بينها عقوبات '
               'على كيانات مرتبطة بالبرنامج الصاروخي" بسبب الموقف الروسي.')
    assert [(r["speaker_country"], r["stance"]) for r in recs] == [("USA", "claim"), ("USA", "statement")]


def test_a_delivery_hoped_for_admits_nothing(registry):
    r = one(registry, 'وقال السفير الإيراني في موسكو إن بلاده تأمل أن تبدأ عمليات تسليم الصواريخ قبل نهاية العام.')
    assert (r["speaker_country"], r["stance"]) == ("IRN", "statement")


def test_his_office_speaks_for_the_sentence_subject_not_the_person_he_called(registry):
    r = one(registry, 'واحتج رئيس الوزراء الإسرائيلي بنيامين نتنياهو على القرار خلال اتصال هاتفي مع بوتين، وقال مكتبه '
                      'في بيان إن "تزويد إيران بصواريخ متطورة سيشجعها على العدوان".')
    assert (r["speaker_actor_id"], r["speaker_country"]) == ("benjamin_netanyahu", "ISR")


def test_a_british_title_inside_an_unknown_subject_and_the_surname_follow_up(registry):
    recs = run(registry, 'وقال رئيس اللجنة اللورد ديفيد هاول، في مؤتمر صحفي، إن إيران "تهديد مباشر".',
               'وأضاف هاول أن "المسيّرات التي صممتها إيران تسقط اليوم على المدن الأوكرانية".')
    assert [(r["speaker_country"], r["stance"]) for r in recs] == [("GBR", "statement"), ("GBR", "claim")]


def test_a_report_speaks_for_the_publisher_named_when_it_was_introduced(registry):
    recs = run(registry,
               'أثار تقرير نشره مركز الدراسات الاستراتيجية في جامعة هارفارد الأمريكية، استناداً إلى صور أقمار '
               'صناعية، جدلاً واسعاً حول دقة الصواريخ الإيرانية.',
               'ووفقاً للتقرير، فإن الصواريخ أصابت أهدافها بانحراف لا يتجاوز بضعة أمتار. ورجّح التقرير أن تكون طهران '
               'قد حصلت على مساعدة فنية روسية لتحسين أنظمة توجيه صواريخها.')
    assert [(r["speaker_country"], r["stance"]) for r in recs] == [("USA", "statement"), ("USA", "claim")]


def test_a_verb_without_subject_inside_a_sentence_speaks_for_the_sentence_subject(registry):
    recs = run(registry, 'وطهران: "مسرحية مفضوحة"',
               'عرض الممثل الأمريكي الخاص لشؤون إيران براين هوك، أمس الخميس، في واشنطن، مجموعة من الأسلحة قال '
               'إنها إيرانية الصنع ضُبطت في اليمن، متهماً طهران بتزويد الحوثيين بالصواريخ والطائرات المسيّرة.')
    r = find(recs, "قال إنها إيرانية الصنع")[0]
    # not the previous speaker (Tehran), whose "made in Iran" would read as its own make
    assert (r["speaker_actor_id"], r["speaker_country"], r["stance"]) == ("brian_hook", "USA", "claim")


def test_an_unknown_name_followed_by_a_preposition_finds_its_earlier_attribution(registry):
    recs = run(registry, 'اتهم رئيس لجنة الشؤون الخارجية في مجلس النواب الأمريكي جيمس هولدن، أمس، روسيا بمساعدة '
                         'البرنامج الصاروخي الإيراني.',
               'وقال هولدن في كلمته الافتتاحية إن "موسكو تمد برنامج طهران الصاروخي بالخبرة والمكونات".')
    assert [r["speaker_country"] for r in recs] == ["USA", "USA"]


def test_documents_published_by_an_unknown_outlet_speak_for_its_country(registry):
    r = one(registry, 'كشفت وثائق قضائية نشرها موقع "القصص المهمة" الاستقصائي الروسي أن شركة إيرانية أخلّت بعقد '
                      'لتوريد 400 محرك لطائرات مسيّرة.')
    assert (r["speaker_country"], r["stance"]) == ("RUS", "claim")


def test_a_relayed_spokesman_speaks_not_the_agency(registry):
    r = one(registry, 'ونقلت وكالة رويترز عن متحدث باسم وزارة الخارجية الأمريكية قوله إن إيران "لا تزال المورد '
                      'الرئيسي لمكونات المسيّرات".')
    assert r["speaker_country"] == "USA"


def test_calling_the_accused_partys_words_lies_is_a_claim(registry):
    recs = run(registry, 'واتهمت الخارجية الأوكرانية إيران بإرسال مسيّرات إلى روسيا.',
               'وقال وزير الخارجية الأوكراني أندريه سيبيها إن وثائق المحكمة "تفضح أكاذيب طهران".',
               'ووصفت زاخاروفا الاتهامات بأنها "أكاذيب كييف".')
    assert [(r["speaker_country"], r["stance"]) for r in recs] == [("UKR", "claim"), ("UKR", "claim"),
                                                                    ("RUS", "denial")]


def test_the_outlet_named_as_a_documents_publisher_speaks_again_later(registry):
    recs = run(registry, 'كشفت وثائق قضائية نشرها موقع "القصص المهمة" الاستقصائي الروسي أن شركة إيرانية أخلّت بعقد '
                         'لتوريد محركات لطائرات مسيّرة.',
               'وقضت المحكمة بإلزام الشركة الإيرانية بإعادة المبلغ.',
               'وقضت المحكمة أيضاً بدفع الفوائد.',
               'وقال الموقع في تقريره إن "إيران واصلت توريد مكونات المسيّرات بعد بدء الحرب".')
    assert [r["speaker_country"] for r in recs if "توريد" in r["text"]] == ["RUS", "RUS"]


def test_the_spread_of_another_countrys_arms_is_a_claim_against_it(registry):
    r = one(registry, 'وقال المتحدث باسم وزارة الخارجية الأمريكية إن "انتشار المسيّرات الإيرانية يمثل تهديداً متنامياً '
                      'للأمن الإقليمي".')
    assert (r["speaker_country"], r["stance"], r["accused_countries"]) == ("USA", "claim", "IRN")


def test_staff_and_chairs_of_a_body_named_with_its_country_speak_for_it(registry):
    recs = run(registry,
               'عقدت لجنة الأمن والدفاع في البرلمان العراقي جلسة مغلقة حول مركز المعلومات الرباعي.',
               'وقال رئيس اللجنة حاكم الزاملي إن "المركز لا يملك أي طائرات مسيّرة".',
               'أثار تقرير أصدره مركز الدراسات الاستراتيجية والدولية في واشنطن ردود فعل متباينة.',
               'وقالت الباحثة في المركز كاثرين هول إن "إيران تسعى إلى تصدير المسيّرات إلى روسيا".')
    assert [r["speaker_country"] for r in recs] == ["IRQ", "USA"]


@pytest.mark.parametrize("text, stance, country", [
    # an admission verb keeps its speaker: the reported verb inside it is no relay
    ('أقر السفير الروسي لدى طهران ليفان جاغاريان بأن إيران أبلغت موسكو مسبقاً بالضربة الصاروخية.', "admission", "RUS"),
    ('أما المندوب الروسي لدى الأمم المتحدة فيتالي تشوركين فقال إنه "لم ير حتى الآن أي دليل جدي" على أن شحنة '
     'الصواريخ مرتبطة بإيران.', "denial", "RUS"),
    ('وتابعت زاخاروفا أن موسكو "مستعدة لدراسة أي معطيات ملموسة تقدم عبر القنوات المختصة" بشأن الصواريخ.',
     "statement", "RUS"),
    ('في المقابل، رفض المتحدث باسم الكرملين دميتري بيسكوف، في إحاطته اليومية، التعليق على ما إذا كانت موسكو قد '
     'قدمت أي دعم للضربة الصاروخية.', "statement", "RUS"),
    ('وقال بيسكوف إن الجيش الروسي "يستخدم مسيّرات جيران من إنتاج المصانع الروسية ولا يحتاج إلى استيرادها".',
     "denial", "RUS"),
    ('أما المتحدثة باسم وزارة الدفاع الأرمنية شوشان ستيبانيان فنفت أن تكون بلادها قد تلقت أي شحنات صواريخ عبر إيران.',
     "denial", "ARM"),
])
def test_admissions_keep_their_speaker_and_other_round_h151_forms(registry, text, stance, country):
    r = one(registry, text)
    assert (r["stance"], r["speaker_country"]) == (stance, country)


def test_an_inspection_of_the_arms_is_a_claim(registry):
    r = one(registry, 'وذكرت وسائل إعلام أمريكية، نقلاً عن مسؤولين لم تسمّهم، أن وفداً عسكرياً روسياً زار طهران '
                      'في نوفمبر الماضي لمعاينة صواريخ "فاتح-110" و"ذو الفقار".')
    assert (r["stance"], r["topics"], r["accused_country"]) == ("claim", "missiles", "IRN")
    # "تفقد" is also "loses": no inspection
    r = one(registry, 'وقال المحلل إن واشنطن تخشى أن تفقد كييف زمام المبادرة أمام الصواريخ الإيرانية.')
    assert (r["stance"], r["stance_cues"]) == ("statement", "")


def test_a_document_of_the_claim_goes_on_with_a_bare_transfer(registry):
    recs = run(registry,
               'نشرت مجموعة القرصنة "عدالة علي" عشرات الوثائق التي تظهر أن طهران طلبت من موسكو تزويدها '
               'بوحدات ملاحة لتركيبها في صواريخ "فاتح" الباليستية.',
               'وبحسب إحدى الوثائق، فإن الجانب الروسي "وافق مبدئيا على تسليم دفعة أولى من 400 وحدة".')
    last = recs[-1]
    assert (last["stance"], last["topics"]) == ("claim", "missiles")
    assert last["topics_inherited"] is True


def test_a_verb_inside_the_anonymity_phrase_reports_nothing(registry):
    r = one(registry, 'غير أن مسؤولا إيرانيا، طلب عدم ذكر اسمه، أقر بأن بعض صواريخنا تستخدم إشارات غلوناس.')
    assert (r["stance"], r["speaker_country"], r["stance_cues"]) == ("admission", "IRN", "أقر")


# ------------------------------------------------------------ eighth session
def test_an_official_of_an_international_body_speaks_for_it(registry):
    # the registry marks the UN Secretary-General's role international: not Portugal
    r = one(registry, "وقال غوتيريش إن إيران أرسلت صواريخ باليستية إلى الحوثيين.", published="2020-06-12")
    assert (r["speaker_actor_id"], r["speaker_country"], r["stance"]) == ("antonio_guterres", "", "claim")
    # Kallas as Estonia's prime minister, before her EU office, speaks for Estonia
    r = one(registry, "وقالت رئيسة الوزراء كايا كالاس إن إيران ترسل مسيّرات إلى روسيا.",
            published="2023-03-01")
    assert (r["speaker_actor_id"], r["speaker_country"]) == ("kaja_kallas", "EST")
    r = one(registry, "وقالت كايا كالاس إن إيران ترسل مسيّرات إلى روسيا.", published="2025-03-01")
    assert r["speaker_country"] == ""


def test_a_one_letter_title_does_not_end_the_sentence(registry):
    r = one(registry, "وترى الباحثة السعودية في الشؤون الإيرانية د. ريم العتيبي أن إيران «تحولت من بائع "
                      "إلى مرخِّص».")
    assert r["text"].endswith("«تحولت من بائع إلى مرخِّص».")



def test_alabuga_and_a_quoted_geran_name_the_drones(registry):
    r = one(registry, "وقال مسؤول أوروبي إن «المحركات ووحدات الملاحة لا تزال تصل إلى ألابوغا عبر وسطاء "
                      "إيرانيين».")
    assert "drones" in r["topics"].split(";")
    r = one(registry, "وأقرّ كارتابولوف بأن «جيران» باتت «منتجاً موطَّناً تصنعه مؤسساتنا».")
    assert r["topics"] == "drones"
    # the bare word is "neighbours"
    r = one(registry, "وقال الوزير إن جيران إيران قلقون من التصعيد.")
    assert "drones" not in r["topics"].split(";")


def test_a_court_speaks_for_its_state_and_is_named_again(registry):
    recs = run(registry, "أصدرت محكمة روتردام حكماً بسجن رجل أعمال هولندي صدّر قطعاً إلى إيران.",
               "وقالت المحكمة في حيثيات حكمها إن المتهم كان يعلم أن القطع ستُستخدم في المسيّرات الإيرانية.")
    r = find(recs, "حيثيات")[0]
    assert (r["speaker_country"], r["speaker_surface"], r["stance"]) == ("NLD", "المحكمة", "claim")
    # a federal court in the US capital; its judge, named later, speaks for it too
    recs = run(registry, "وقضت محكمة فيدرالية في العاصمة الأمريكية بأن إيران زودت روسيا بالمسيرات.",
               "وقالت القاضية الفيدرالية مارغريت ألدن إن إيران دربت عسكريين روس على تشغيل المسيرات.")
    assert [(r["speaker_country"], r["stance"]) for r in recs] == [("USA", "claim"), ("USA", "claim")]
    # "قضى على" (eliminated) reports nothing
    assert run(registry, "وقضت القوات على المسلحين في المنطقة.") == []


def test_an_iranian_model_name_makes_arrivals_a_transfer_claim(registry):
    r = one(registry, 'وقال مسؤول أوكراني إن شحنات من صواريخ "فتح" قصيرة المدى وصلت إلى روسيا عبر بحر قزوين.')
    assert (r["stance"], r["topics"], r["accused_country"]) == ("claim", "missiles", "IRN")
    # unquoted, the word is "opening": no origin
    r = one(registry, "وقال مسؤول أوكراني إن فتح المعبر سيسمح بوصول شحنات القمح إلى روسيا.")
    assert r["stance"] == "statement"


def test_an_account_that_publishes_a_comment_is_its_speaker(registry):
    r = one(registry, "كذلك نشر الحساب الناطق بالفارسية لوزارة الخارجية الأميركية تعليقاً قال فيه إن "
                      "«النظام الإيراني يواصل تغذية آلة الحرب الروسية بالمسيّرات».")
    assert (r["speaker_actor_id"], r["speaker_country"], r["topics"]) == ("state_department", "USA", "drones")
    # "نشر" before troops is a deployment, not a publication
    assert run(registry, "ونشر الجيش الروسي قواته على الحدود.") == []


def test_an_accusers_second_reporting_verb_is_a_second_statement(registry):
    recs = run(registry, "واتهم المندوب البريطاني طهران بتزويد موسكو بالمسيّرات، وقال إن لندن رصدت "
                         "استعدادات إيرانية لشحن صواريخ باليستية إلى روسيا.")
    assert [(r["stance"], r["speaker_country"], r["topics"], r["speaker_source"]) for r in recs] == [
        ("claim", "GBR", "drones", "after"), ("claim", "GBR", "missiles", "previous")]
    # after a denial, "وقال إن" explains the same denial: one statement
    recs = run(registry, "ونفى المتحدث باسم الخارجية الإيرانية ناصر كنعاني الاتهامات، وقال إن "
                         "بلاده لم ترسل أي مسيّرات إلى روسيا.")
    assert [r["stance"] for r in recs] == ["denial"]


def test_mocking_the_report_denies_it(registry):
    r = one(registry, "وسخر المتحدث باسم الكرملين دميتري بيسكوف من تقرير الصحيفة البريطانية، وقال إن "
                      '"الصواريخ الروسية لا تحتاج إلى مساعدة من أحد".')
    assert (r["stance"], r["speaker_country"], r["stance_cues"]) == ("denial", "RUS", "وسخر من تقرير")
    # mocking a decision is no denial of a report
    r = one(registry, "وسخرت موسكو من قرار البرلمان الأوروبي، معتبرة أنه بلا قيمة.")
    assert r["stance"] == "statement"


def test_none_of_the_arms_did_it_denies_whatever_the_verb(registry):
    r = one(registry, 'وقال قائد الدفاع الجوي الإيراني إن "أي صاروخ أجنبي لم يعبر أجواءنا".')
    assert (r["stance"], r["stance_cues"]) == ("denial", "أي صاروخ أجنبي لم يعبر")
    r = one(registry, 'وأكدت وزارة الدفاع الروسية أن التمرين "لا يتضمن أي رمايات صاروخية".')
    assert (r["stance"], r["stance_cues"]) == ("denial", "لا يتضمن أي")


def test_one_of_the_officials_speaks_for_the_group_named_before(registry):
    recs = run(registry, "ونقلت وكالة رويترز عن مسؤولين فرنسيين اثنين أن المسيّرات سقطت قرب الحدود. "
                         "وأضاف أحد المسؤولين أن التحقيق مستمر.")
    r = find(recs, "أحد المسؤولين")[0]
    assert (r["speaker_country"], r["speaker_surface"], r["speaker_source"]) == ("FRA", "أحد المسؤولين", "anaphora")


def test_an_iranian_province_named_after_azerbaijan_is_in_iran(registry):
    r = one(registry, "ونقلت وكالة مهر عن مسؤول في محافظة أذربيجان الغربية أن السكان سمعوا انفجاراً.")
    assert r["speaker_country"] == "IRN"


def test_a_report_the_accused_deny_elsewhere_is_their_claim(registry):
    recs = run(registry,
               "ونقلت صحيفة وول ستريت جورنال عن مسؤولين أمريكيين أن صواريخ روسية سقطت داخل الأراضي الإيرانية.",
               "ونفت طهران سقوط أي صواريخ على أراضيها.")
    r = find(recs, "وول ستريت")[0]
    assert (r["stance"], r["accused_countries"], r["accused_rule"]) == ("claim", "IRN", "denied")
    # the same report with nobody denying it stays a report; so do the denying side's own words
    r = one(registry, "ونقلت صحيفة وول ستريت جورنال عن مسؤولين أمريكيين أن صواريخ روسية سقطت داخل الأراضي الإيرانية.")
    assert r["stance"] == "statement"
    recs = run(registry, "وقال السفير الإيراني في موسكو إن التعاون الصاروخي مع روسيا قديم.",
               "ونفت روسيا تسلم أي صواريخ إيرانية.", "ونفت طهران إرسال أي صواريخ إلى موسكو.")
    assert find(recs, "السفير الإيراني")[0]["stance"] == "statement"


def test_an_outlet_is_no_party_to_the_claim_it_carries(registry):
    r = one(registry, "وقال مسؤول أوكراني إن إيران أرسلت مئات المسيّرات إلى روسيا، بحسب وثائق اطلعت عليها رويترز.")
    assert r["stance"] == "claim" and "GBR" not in r["accused_countries"].split(";")


def test_a_participle_with_ila_an_reports_for_the_main_verbs_subject(registry):
    r = one(registry, "وعاد وزير الخارجية الأوكراني دميترو كوليبا إلى المنصة، مشيراً إلى أن إيران "
                      "أرسلت مئات المسيّرات إلى روسيا.")
    assert (r["speaker_actor_id"], r["stance"], r["topics"], r["stance_cues"]) == (
        "dmytro_kuleba", "claim", "drones", "transfer:supplier")


def test_the_exercise_itself_is_no_arms_help(registry):
    recs = run(registry, "وأوضح الملخص أن الطائرات المسيّرة الضاربة استُخدمت في المناورات.",
               "وقال قائد الجيش الإيراني اللواء عبد الرحيم موسوي إن مشاركة قواته في التدريب تعكس مستوى "
               "الثقة بين البلدين.")
    assert find(recs, "موسوي")[0]["stance"] == "statement"
    # training Russian crews is help
    r = one(registry, "وقال مسؤول أمريكي إن إيران بدأت تدريب عسكريين روس على تشغيل المسيّرات.")
    assert (r["stance"], r["accused_country"]) == ("claim", "IRN")


def test_named_air_defence_systems(registry):
    r = one(registry, "وقالت المتحدثة إن بلادها لم تتلق أي عرض لتوريد منظومات «أنتي 2500».")
    assert r["topics"] == "air_defense"
    r = one(registry, 'وأكد قائد الدفاع الجوي أن منظومة "باور-373" دخلت الخدمة.')
    assert r["topics"] == "air_defense"


def test_an_outlet_reporting_on_its_own_state_is_a_claim_once_denied(registry):
    recs = run(registry, "وذكرت صحيفة «كوميرسانت» الروسية أن موسكو عرضت على طهران تزويدها بمنظومات «أنتي 2500».",
               "غير أن رئيس مؤسسة روستيخ سيرغي تشيميزوف نفى وجود أي عرض رسمي لتوريد منظومات «أنتي 2500».")
    r = find(recs, "كوميرسانت")[0]
    assert (r["speaker_actor_id"], r["stance"], r["accused_rule"]) == ("kommersant", "claim", "denied")
    assert "RUS" in r["accused_countries"].split(";")


def test_a_title_between_commas_after_an_unknown_name(registry):
    r = one(registry, "ونفى أبو الفضل حسن بيغي، عضو لجنة الأمن القومي في البرلمان الإيراني، أن يكون لطهران "
                      "أي دور في إطلاق الصواريخ.")
    assert (r["speaker_country"], r["stance"]) == ("IRN", "denial")
    # the title is the speaker's: its country is no party of the claim
    r = one(registry, "وقال جون سميث، المتحدث باسم السفارة الأمريكية، إن إيران أرسلت مسيرات إلى روسيا.")
    assert (r["speaker_country"], r["accused_countries"]) == ("USA", "IRN;RUS")
    # an analyst's affiliation names no side
    r = one(registry, "ويرى هشام عبد الرؤوف، أستاذ العلاقات الدولية بجامعة القاهرة، أن التصريحات الروسية رسالة.")
    assert r["speaker_country"] == ""


def test_a_fronted_nationality_adverb_names_the_unknown_speakers_side(registry):
    r = one(registry, "إسرائيلياً، نقلت الإذاعة العامة عن وزير الشؤون الاستراتيجية يوفال شتاينتس قوله إن "
                      "موسكو تحاول الالتفاف على العقوبات.")
    assert r["speaker_country"] == "ISR"


def test_a_response_with_no_arms_word_takes_the_topics_of_the_claim_it_echoes(registry):
    recs = run(registry,
               "وكشف كيربي أن عسكريين إيرانيين ينتشرون في شبه جزيرة القرم لمساعدة الروس على إطلاق المسيّرات.",
               "وقال المسؤول الأمريكي إن لدى واشنطن ما يشير إلى أن إيران ستزود روسيا كذلك بصواريخ أرض-أرض.",
               "في المقابل، نفى الناطق باسم الكرملين دميتري بيسكوف وجود مدربين إيرانيين في القرم.",
               'وقال بيسكوف للصحفيين أمس: "لا نملك معلومات من هذا القبيل، ونسمع الكثير من الأكاذيب".')
    # the words "إيرانيين ... القرم" answer the drone claim, not the missile one
    assert [(r["stance"], r["topics"]) for r in recs[2:]] == [("denial", "drones"), ("denial", "drones")]


def test_a_demonstrative_before_a_noun_of_an_earlier_claim_takes_its_arms(registry):
    recs = run(registry,
               "وقال كيربي إن مدربين إيرانيين في القرم يساعدون الروس على إطلاق المسيّرات.",
               "ورأى زيلينسكي أن وجود هؤلاء المدربين دليل على أن النظام الإيراني شريك في الإرهاب الروسي.")
    assert "drones" in recs[1]["topics"].split(";")


def test_deployed_arms_after_a_reporting_verb_are_no_nested_report(registry):
    # "نشرت" publishes and deploys: with arms right after it, Iran deployed them
    r = one(registry, 'إسرائيلياً، زعم وزير جيش الاحتلال بيني غانتس أن إيران نشرت "صواريخ دقيقة وطائرات مسيّرة" '
                      "في العراق واليمن.")
    assert (r["speaker_actor_id"], r["stance"], r["accused_countries"]) == ("benny_gantz", "claim", "IRN")


def test_a_verb_with_what_as_its_object_has_no_subject_after_it(registry):
    recs = run(registry, "وقال كنعاني إن بلاده لم ترسل مسيّرات إلى روسيا. كما رفض ما نشرته وسائل إعلام غربية "
                         "عن شحنات صواريخ باليستية إيرانية إلى روسيا، واصفاً إياها بالأكاذيب.")
    assert (recs[1]["speaker_actor_id"], recs[1]["stance"]) == ("nasser_kanaani", "denial")


def test_a_titled_unknown_name_before_the_verb_after_however(registry):
    r = one(registry, "غير أن وزير الشؤون الاستراتيجية والاستخبارات الإسرائيلي يعقوب كوهين أبلغ الإذاعة العامة "
                      "بأن لدى تل أبيب معلومات عن وصول الصواريخ.")
    assert (r["speaker_country"], r["speaker_source"]) == ("ISR", "before")


def test_the_sources_a_paper_quotes_are_no_party(registry):
    r = one(registry, "وكانت صحيفة وول ستريت جورنال الأمريكية قد ذكرت، نقلاً عن مسؤولين إسرائيليين، أن روسيا "
                      "تستعد لتزويد سوريا ببطاريات من صواريخ «إس-300».")
    assert (r["stance"], r["accused_countries"]) == ("claim", "RUS;SYR")


def test_never_stopped_shipping_is_a_transfer_claim(registry):
    r = one(registry, "وقال وزير الدفاع الإسرائيلي موشيه يعلون إن طهران «لم تتوقف يوماً» عن شحن صواريخ "
                      "وطائرات مسيّرة إلى سوريا.", published="2013-05-15")
    assert (r["speaker_actor_id"], r["stance"], r["accused_countries"]) == ("moshe_yaalon", "claim", "IRN;SYR")
    # a plain negation still denies nothing of the kind
    r = one(registry, "وقال يعلون إن طهران لم تشحن صواريخ إلى سوريا.", published="2013-05-15")
    assert r["stance"] != "claim"


def test_roscosmos_speaks_for_russia(registry):
    r = one(registry, 'فقد نفت "روسكوسموس"، في بيان، أن تكون الأقمار التي أطلقتها أداة لتوجيه الصواريخ.')
    assert (r["speaker_actor_id"], r["speaker_country"], r["stance"]) == ("roscosmos", "RUS", "denial")


def test_a_national_outlets_unnamed_source_is_of_its_country(registry):
    r = one(registry, "ونقلت القناة 12 الإسرائيلية عن مصدر أمني رفيع أن المسيّرات التي أطلقتها روسيا مؤخراً "
                      "تحمل محركات لم تكن موجودة في النسخ الإيرانية.")
    assert (r["speaker_country"], r["via"], r["speaker_source"]) == ("ISR", "channel_12_israel", "relayed")
    # a source named with its own country keeps it
    r = one(registry, "ونقلت صحيفة هآرتس عن مسؤول أمريكي أن روسيا تسلمت صواريخ إيرانية.")
    assert r["speaker_country"] == "USA"


def test_an_analysts_reading_of_the_arms_is_no_claim(registry):
    r = one(registry, 'ويرى الباحث الإماراتي في الشؤون العسكرية حمد الراشدي أن الكشف عن "مهاجر 10" يهدف إلى '
                      "تسويق المسيّرة لزبائن محتملين بينهم روسيا.")
    assert (r["stance"], r["accused_country"], r["speaker_non_party"]) == ("statement", "", True)


def test_also_goes_on_with_the_claim_whose_words_it_repeats(registry):
    recs = run(registry, "البيت الأبيض: مدربون إيرانيون في القرم يساعدون الروس على إطلاق المسيّرات",
               "وبحسب المتحدثة باسم قيادة العمليات الجنوبية ناتاليا غومينيوك، فإن مدربين إيرانيين رُصدوا كذلك "
               'في المناطق المحتلة من إقليم خيرسون، "حيث ينقلون خبرتهم إلى المشغلين الروس".')
    assert (recs[1]["speaker_actor_id"], recs[1]["stance"], recs[1]["topics"]) == ("natalia_humeniuk", "claim", "drones")


def test_the_wreckage_is_of_the_arms_the_article_is_about(registry):
    recs = run(registry, "وقال إغنات إن الدفاعات الأوكرانية أسقطت 20 مسيّرة إيرانية الصنع خلال الليل.",
               'وقال المتحدث باسم الخارجية الأوكرانية هيورهي تيخي إن "الحطام الذي نجمعه يحمل مكوّنات إيرانية".')
    assert recs[1]["topics"] == "drones" and recs[1]["topics_inherited"]


def test_these_people_of_a_follow_up_are_those_the_speaker_just_spoke_of(registry):
    recs = run(registry, "وقال كيربي إن عسكريين إيرانيين في القرم يدربون الروس على إطلاق المسيّرات.",
               'وأضاف كيربي أن عدد هؤلاء "صغير نسبياً".')
    assert (recs[1]["stance"], recs[1]["topics"]) == ("statement", "drones")


def test_stated_in_a_document_named_just_before(registry):
    r = one(registry, "ويأتي التقرير الفنلندي بعد أيام من تقرير لجهاز الاستخبارات الخارجية الإستوني صدر الأسبوع "
                      "الماضي، ورد فيه أن موسكو تدرس تزويد إيران بمقاتلات مقابل استمرار الدعم الإيراني لبرنامج "
                      "المسيّرات الروسي.")
    assert (r["speaker_country"], r["stance"], r["accused_countries"]) == ("EST", "claim", "RUS;IRN")
    # the reply verb ورد keeps its own readings
    r = one(registry, "وردّ نيبينزيا بأن بلاده لم تتسلم أي مسيّرات إيرانية.")
    assert (r["speaker_actor_id"], r["stance"]) == ("vasily_nebenzya", "denial")


def test_a_participle_after_a_longer_phrase_and_after_another_participle(registry):
    r = one(registry, "لكن بقائي سارع إلى احتواء الجدل، مؤكداً في مؤتمره الصحافي الاثنين أن العلاقات مع موسكو "
                      "استراتيجية.")
    assert (r["speaker_actor_id"], r["stance"]) == ("esmaeil_baghaei", "statement")
    recs = run(registry, "وقال بقائي إن العلاقات مع موسكو استراتيجية، ونافياً أن تكون بلاده قد أرسلت مسيّرات إلى روسيا.")
    assert (recs[-1]["speaker_actor_id"], recs[-1]["stance"], recs[-1]["topics"]) == ("esmaeil_baghaei", "denial", "drones")


def test_wafq_without_its_ending_attributes(registry):
    r = one(registry, 'ووفق بيانات سلاح الجو الأوكراني، أطلقت روسيا خلال شهر فيفري وحده أكثر من 400 مسيّرة '
                      'هجومية من طراز "شاهد".')
    assert (r["speaker_country"], r["head"]) == ("UKR", "attr")
