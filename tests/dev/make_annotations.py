"""Writes annotations/*.yaml for the dev articles (hand annotations, kept as code for brevity).

Only statements and claim_responses are annotated (mentions/timexes are not: their
rows in `dossier evaluate tests/dev` are meaningless). Convention for `accused`: the
parties the claim names (supplier and recipient), "بلاده" = the speaker's country.
"""
from pathlib import Path

import yaml

D, M, W = "drones", "missiles", "weapons"


def st(country, speaker, stance, topics, cue, text, accused=None, optional=False):
    d = {"speaker_country": country, "speaker": speaker, "stance": stance, "topics": topics,
         "cue": cue, "text_contains": text}
    if accused:
        d["accused"] = accused
    if optional:
        d["optional"] = True
    return d


ARTS = {}
IR = ["IRN", "RUS"]

ARTS["d01_shahed_kyiv_2022"] = ("2022-10-18", [
    st("UKR", "volodymyr_zelensky", "claim", [D], "headline", "زيلينسكي يتهم إيران بتزويد موسكو", IR, optional=True),
    st("IRN", "IRN", "denial", [D], "headline", "وطهران تنفي", optional=True),
    st("UKR", "volodymyr_zelensky", "claim", [D], "اتهم", "إيران بتزويد روسيا بطائرات مسيرة من طراز", IR),
    st("UKR", "volodymyr_zelensky", "claim", [D, "air_defense"], "قال", "النظام الإيراني شريك في قتل", ["IRN"]),
    st("UKR", "dmytro_kuleba", "claim", [D], "كتب; دليل", "كل مسيرة إيرانية تسقط على مدننا", IR),
    st("IRN", "nasser_kanaani", "denial", [D, W], "نفى; لم تزود; لا أساس لها", "نفى المتحدث باسم وزارة الخارجية الإيرانية ناصر كنعاني"),
    st("IRN", "nasser_kanaani", "statement", [], "وأضاف", "تعارض استمرار الحرب في أوكرانيا"),
    st("RUS", "dmitry_peskov", "statement", [D], "رفض التعليق", "فقد رفض التعليق على التقارير"),
    st("RUS", "maria_zakharova", "denial", [D], "أخبار كاذبة", "أخبار كاذبة"),
    st("UKR", "ukr_armed_forces", "claim", [D], "تم تأكيد ... من قبل", "وتم تأكيد سقوط حطام مسيرات", ["IRN"]),
    st("USA", "washington_post", "claim", [D], "ذكرت; نقلاً عن", "مدربين إيرانيين موجودون في شبه جزيرة القرم", IR),
], [(D, "إيران بتزويد روسيا بطائرات مسيرة من طراز"), (D, "النظام الإيراني شريك في قتل"),
    (D, "كل مسيرة إيرانية تسقط على مدننا"), (D, "وتم تأكيد سقوط حطام مسيرات"),
    (D, "مدربين إيرانيين موجودون في شبه جزيرة القرم")],
   [({D, W}, "نفى المتحدث باسم وزارة الخارجية الإيرانية ناصر كنعاني", "denial", "IRN"),
    ({D}, "أخبار كاذبة", "denial", "RUS")])

ARTS["d02_fath360_2024"] = ("2024-09-10", [
    st("USA", "antony_blinken", "claim", [M], "headline", "بلينكن: روسيا تسلمت", IR, optional=True),
    st("USA", "antony_blinken", "claim", [M], "أكد; تسلمت", "روسيا تسلمت شحنات من الصواريخ الباليستية", IR),
    st("USA", "antony_blinken", "claim", [M, "sanctions"], "قال; تزودها", "إيران ساعدت روسيا على شن حربها", IR),
    st("GBR", "david_lammy", "claim", [M, "sanctions"], "وصف", "وصف لامي إرسال الصواريخ الإيرانية", IR),
    st(["FRA", "DEU", "GBR"], "FRA", "claim", [M], "قالت; نقل", "قالت فرنسا وألمانيا وبريطانيا", IR),
    st("IRN", "abbas_araghchi", "denial", [M], "نفى; لم نرسل", "لم نرسل أي صواريخ باليستية إلى روسيا"),
    st("IRN", "abbas_araghchi", "denial", [M, "sanctions"], "وأضاف; المعلومات المضللة", "المعلومات المضللة التي تروجها"),
    st("IRN", "esmaeil_baghaei", "denial", [M], "نفى", "أن تكون طهران قد سلمت موسكو أي صواريخ"),
    st("RUS", "dmitry_peskov", "statement", [M], "قال; دون أن ينفي أو يؤكد", "تطور علاقاتها مع إيران في جميع المجالات"),
    st("USA", "wsj", "claim", [M], "بحسب", "تدرب عشرات العسكريين الروس في إيران", IR),
    st(None, "", ["claim", "statement"], [], "تم تأكيد ... من قبل", "وتم تأكيد هذه المعلومات من قبل مسؤولين أوروبيين"),
], [(M, "روسيا تسلمت شحنات من الصواريخ الباليستية"), (M, "إيران ساعدت روسيا على شن حربها"),
    (M, "وصف لامي إرسال الصواريخ الإيرانية"), (M, "قالت فرنسا وألمانيا وبريطانيا"),
    (M, "تدرب عشرات العسكريين الروس في إيران")],
   [({M}, "لم نرسل أي صواريخ باليستية إلى روسيا", "denial", "IRN"),
    ({M}, "المعلومات المضللة التي تروجها", "denial", "IRN"),
    ({M}, "أن تكون طهران قد سلمت موسكو أي صواريخ", "denial", "IRN")])

ARTS["d03_israel_missiles_2023"] = ("2023-02-17", [
    st("ISR", "eli_cohen", "claim", [M], "headline", "كوهين من كييف", IR, optional=True),
    st("ISR", "eli_cohen", "claim", [M], "قال; إرسال", "تستعد لإرسال صواريخ باليستية بعيدة المدى", IR),
    st("ISR", "", "claim", [D], "نقلت ... عن", "طهران زودت موسكو بالفعل بمئات الطائرات المسيرة", IR),
    st("ISR", "", "claim", [M], "بحسب", "الصواريخ التي تنوي إيران إرسالها إلى روسيا", IR),
    st("RUS", "maria_zakharova", "denial", [M], "ردت; لا أساس لها من الصحة", "المزاعم الإسرائيلية بشأن الصواريخ"),
    st("IRN", "nasser_kanaani", "denial", [M, D, W], "نفى; الادعاءات", "الادعاءات الصهيونية"),
    st("IRN", "nasser_kanaani", "denial", [M], "جدد ... نفي", "وجدد كنعاني نفي بلاده تزويد روسيا بالصواريخ"),
    st(None, "", ["statement", "claim"], [D], "تشير ... تقارير", "تشير فيه تقارير إلى تنامي التعاون", optional=True),
    st("UKR", "volodymyr_zelensky", "claim", [M], "قال", "تخطط لشن هجمات جديدة بصواريخ إيرانية", ["RUS", "IRN"]),
    st("RUS", "sergey_ryabkov", "denial", [M], "في نفي ل", "لا تحتاج إلى صواريخ من أي دولة أخرى"),
    st("ISR", "ISR", ["statement", "denial"], ["air_defense"], "رفضت", "إسرائيل رفضت حتى الآن", optional=True),
], [(M, "تستعد لإرسال صواريخ باليستية بعيدة المدى"), (D, "طهران زودت موسكو بالفعل بمئات الطائرات المسيرة"),
    (M, "الصواريخ التي تنوي إيران إرسالها إلى روسيا"), (M, "تخطط لشن هجمات جديدة بصواريخ إيرانية")],
   [({M}, "المزاعم الإسرائيلية بشأن الصواريخ", "denial", "RUS"),
    ({M, D}, "الادعاءات الصهيونية", "denial", "IRN"),
    ({M}, "وجدد كنعاني نفي بلاده تزويد روسيا بالصواريخ", "denial", "IRN"),
    ({M}, "لا تحتاج إلى صواريخ من أي دولة أخرى", "denial", "RUS")])

ARTS["d04_admission_2022"] = ("2022-11-05", [
    st("IRN", "tehran", "admission", [D], "headline", "طهران تعترف بإرسال مسيرات", optional=True),
    st("IRN", "hossein_amir_abdollahian", "admission", [D], "اعترف; عدد محدود; قبل أشهر من بدء الحرب",
       "بإرسال عدد محدود من الطائرات المسيرة"),
    st("IRN", "hossein_amir_abdollahian", "statement", [], "قال", "مستعدة للحوار مع كييف"),
    st("IRN", "hossein_amir_abdollahian", "denial", [M], "وأضاف; لم تقدم; عار عن الصحة", "لم تقدم أي صواريخ لروسيا"),
    st("UKR", "volodymyr_zelensky", "claim", [D], "قال; تكذب", "إيران تكذب", ["IRN"]),
    st("UKR", "dmytro_kuleba", "claim", [D, "sanctions"], "بحسب; أرسلت", "أرسلت مئات المسيرات بعد بدء الحرب", ["IRN"]),
    st("UKR", "dmytro_kuleba", ["claim", "statement"], [], "وتابع", "الاعتراف الجزئي لطهران يثبت"),
    st("UKR", "oleg_nikolenko", "claim", [D], "نقلت ... عن", "وهذا ليس عدداً محدوداً", ["IRN"]),
    st("RUS", "dmitry_peskov", "statement", [], "اكتفى ... بالقول", "لا تعلق على التعاون العسكري التقني"),
    st("USA", "USA", "claim", [D], "اتهمت", "اتهمت إيران في يوليو الماضي", IR),
    st("IRN", "tehran", "denial", [D], "نفته", "وهو ما نفته طهران حينها"),
    st("IRN", "", "denial", [D], "حرب نفسية", "بأنها \"حرب نفسية\""),
    st(None, "", ["statement", "claim"], [], "يرى", "ويرى محللون أن الاعتراف الإيراني"),
], [(D, "إيران تكذب"), (D, "أرسلت مئات المسيرات بعد بدء الحرب"), (D, "وهذا ليس عدداً محدوداً"),
    (D, "اتهمت إيران في يوليو الماضي")],
   [({D}, "بإرسال عدد محدود من الطائرات المسيرة", "admission", "IRN"),
    ({D}, "وهو ما نفته طهران حينها", "denial", "IRN"),
    ({D}, "بأنها \"حرب نفسية\"", "denial", "IRN")])

ARTS["d05_eu_sanctions_2022"] = ("2022-10-20", [
    st("", "eu", "claim", [D], "headline", "الاتحاد الأوروبي يعاقب مصنعي", IR, optional=True),
    st("RUS", "moscow", "denial", [D], "headline", "وموسكو تنفي استخدامها", optional=True),
    st("", "eu", "claim", [D, "sanctions"], "اتهم", "اتهم الاتحاد الأوروبي إيران بتزويد روسيا", IR),
    st(["ESP", ""], "josep_borrell", "claim", [D], "قال; أدلة; تورط", "جمع أدلة كافية", ["IRN"]),
    st("RUS", "RUS", "denial", [D], "نفت", "نفت روسيا أن تكون قواتها قد استخدمت"),
    st("RUS", "dmitry_peskov", ["denial", "statement"], [W], "قال", "المعدات المستخدمة في العملية العسكرية"),
    st("IRN", "", "denial", [D], "رفضت; لم ترسل", "إيران لم ترسل طائرات مسيرة لاستخدامها"),
    st("GBR", "", "claim", [D], "تم تأكيد ... من قبل", "وتم تأكيد استخدام المسيرات الإيرانية", ["IRN"]),
    st("USA", "", "claim", [D, M], "وفقاً ل", "روسيا طلبت من إيران شحنات جديدة", ["RUS", "IRN"]),
    st("UKR", "UKR", "claim", [D], "أعلنت", "أسقطت منذ منتصف سبتمبر أكثر من 220 مسيرة", ["IRN"]),
    st(None, "", "statement", [M, "sanctions"], "يقول", "ويقول دبلوماسيون أوروبيون"),
], [(D, "اتهم الاتحاد الأوروبي إيران بتزويد روسيا"), (D, "جمع أدلة كافية"),
    (D, "وتم تأكيد استخدام المسيرات الإيرانية"), (D, "روسيا طلبت من إيران شحنات جديدة"),
    (M, "روسيا طلبت من إيران شحنات جديدة"), (D, "أسقطت منذ منتصف سبتمبر أكثر من 220 مسيرة")],
   [({D}, "نفت روسيا أن تكون قواتها قد استخدمت", "denial", "RUS"),
    ({D}, "إيران لم ترسل طائرات مسيرة لاستخدامها", "denial", "IRN")])


def main():
    out = Path(__file__).parent / "annotations"
    out.mkdir(exist_ok=True)
    for aid, (pub, stmts, claims, responses) in ARTS.items():
        accused = {s["text_contains"]: s.get("accused", []) for s in stmts}
        cr = []
        for topic, c in claims:
            for rtopics, r, stance, who in responses:
                if topic in rtopics and who in accused[c]:
                    cr.append({"topic": topic, "claim_contains": c, "response_contains": r,
                               "response_stance": stance})
        doc = {"article_id": aid, "published": pub, "published_stated": True,
               "statements": stmts, "claim_responses": cr}
        (out / f"{aid}.yaml").write_text(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=200),
                                         encoding="utf-8")
        print(aid, len(stmts), "statements", len(cr), "pairs")


if __name__ == "__main__":
    main()
