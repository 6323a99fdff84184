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

# ---- d06–d11: UN exchanges, DPRK missiles, Alabuga, UK MoD assessment, Israeli claim,
# follow-up article answering an earlier one (cross-article pairing)
PK = ["PRK", "RUS"]

ARTS["d06_unsc_2231_drones_2022"] = ("2022-12-20", [
    st("USA", "linda_thomas_greenfield", "claim", [D], "اتهمت", "بانتهاك القرار الأممي عبر نقل طائرات", IR),
    st("GBR", "barbara_woodward", "claim", [D], "شددت", "صوراً لحطام مسيرات إيرانية", ["IRN"]),
    st("FRA", "nicolas_de_riviere", "claim", [D], "قائلاً", "نقل إيران هذه الطائرات إلى روسيا", IR),
    st("RUS", "vasily_nebenzya", "denial", [D], "ورد; لا أساس لها", "وردّ المندوب الروسي فاسيلي نيبينزيا"),
    st("RUS", "dmitry_polyanskiy", "statement", [], "وصف", "وصف الجلسة بأنها"),
    st("IRN", "amir_saeid_iravani", "denial", [D], "نفى; ادعاءات", "أن تكون بلاده قد زودت روسيا بطائرات مسيرة"),
    st("IRN", "amir_saeid_iravani", "statement", [], "وأضاف", "مستعدة للحوار مع أوكرانيا"),
    st("UKR", "sergiy_kyslytsya", "claim", [D], "قال", "أسقطت أكثر من 400 مسيرة إيرانية", ["IRN"]),
    st(None, "", "statement", [D], "بحسب", "الصين تجنبت الخوض في مسألة المسيرات", optional=True),
], [(D, "بانتهاك القرار الأممي عبر نقل طائرات"), (D, "صوراً لحطام مسيرات إيرانية"),
    (D, "نقل إيران هذه الطائرات إلى روسيا"), (D, "أسقطت أكثر من 400 مسيرة إيرانية")],
   [({D}, "وردّ المندوب الروسي فاسيلي نيبينزيا", "denial", "RUS"),
    ({D}, "أن تكون بلاده قد زودت روسيا بطائرات مسيرة", "denial", "IRN")])

ARTS["d07_dprk_missiles_2024"] = ("2024-01-05", [
    st("USA", "USA", "claim", [M], "headline", "روسيا أطلقت صواريخ باليستية كورية شمالية", PK, optional=True),
    st("USA", "john_kirby", "claim", [M], "قال; زودت", "إن كوريا الشمالية زودت روسيا مؤخراً", PK),
    st("USA", "john_kirby", "claim", [M], "وأضاف; شراء", "لشراء صواريخ باليستية قصيرة المدى من إيران", IR),
    st("USA", "axios", "claim", [W], "نقل ... عن", "سلمت موسكو أكثر من مليون قذيفة", PK),
    st("USA", "linda_thomas_greenfield", "claim", [M], "ردت", "هذه الصواريخ الكورية الشمالية تقتل", PK),
    st("RUS", "dmitry_peskov", "denial", [M], "نفى; غير صحيحة", "نفى المتحدث باسم الكرملين ديمتري بيسكوف علمه"),
    st("RUS", "maria_zakharova", "denial", [M], "وصفت; حملة تضليل", "جزء من حملة تضليل غربية"),
    st("PRK", "prk_mfa", "denial", [W], "ورد في بيان; الادعاءات", "الادعاءات الأمريكية بشأن صفقات أسلحة"),
    st(None, "", ["statement", "claim"], [], "اعتبره", "اعتبره محللون مؤشراً"),
    st("UKR", "", "claim", [M], "قال", "وتبين أنه صاروخ كوري شمالي", ["PRK"]),
], [(M, "إن كوريا الشمالية زودت روسيا مؤخراً"), (M, "لشراء صواريخ باليستية قصيرة المدى من إيران"),
    (M, "هذه الصواريخ الكورية الشمالية تقتل"), (M, "وتبين أنه صاروخ كوري شمالي")],
   [({M}, "نفى المتحدث باسم الكرملين ديمتري بيسكوف علمه", "denial", "RUS"),
    ({M}, "جزء من حملة تضليل غربية", "denial", "RUS"),
    ({W}, "الادعاءات الأمريكية بشأن صفقات أسلحة", "denial", "PRK")])

ARTS["d08_alabuga_isw_2024"] = ("2024-04-05", [
    st("USA", "isw", "claim", [D], "كشف", "بات ينتج شهرياً مئات الطائرات", IR),
    st("USA", "isw", ["claim", "statement"], [D], "أورد", "تسعى إلى إنتاج ستة آلاف مسيّرة"),
    st(["USA", ""], "ap", "claim", [D], "نقلت ... عن", "يعتمد على مكونات إيرانية للمسيرات", ["IRN"]),
    st("IRN", "nasser_kanaani", "denial", [D], "نفى", "أي دور لإيران في تشغيل مصنع ألابوغا"),
    st("RUS", "anatoly_antonov", "denial", [D], "رد; محض خيال", "رد السفير الروسي في واشنطن أناتولي أنطونوف"),
    st("RUS", "", "statement", [D], "قالت", "في هجوم قالت السلطات المحلية في تتارستان"),
    st(None, "", ["statement", "claim"], [], "يرى", "ويرى خبراء أن نقل خطوط الإنتاج"),
], [(D, "بات ينتج شهرياً مئات الطائرات"), (D, "يعتمد على مكونات إيرانية للمسيرات")],
   [({D}, "أي دور لإيران في تشغيل مصنع ألابوغا", "denial", "IRN"),
    ({D}, "رد السفير الروسي في واشنطن أناتولي أنطونوف", "denial", "RUS")])

ARTS["d09_uk_mod_assessment_2023"] = ("2023-01-07", [
    st("GBR", "mi6", "claim", [D], "headline", "روسيا استنفدت مخزونها من المسيّرات الإيرانية", IR, optional=True),
    st("GBR", "gbr_mod", "claim", [D], "قالت", "استنفدت على الأرجح مخزونها الحالي", IR),
    st("GBR", "gbr_mod", "claim", [D], "لفتت", "ولفتت الوزارة إلى أن الهجمات بالمسيّرات", IR),
    st("GBR", "GBR", "claim", [D], "شدد", "تظل المورد الرئيسي للمسيرات الانتحارية", IR),
    st("RUS", "igor_konashenkov", "denial", [D], "رد; افتراءات", "ردّ المتحدث باسم وزارة الدفاع الروسية إيغور كوناشينكوف"),
    st("IRN", "", "denial", [D], "نقلت ... عن; لم ترسل", "إيران لم ترسل أي مسيرات إلى روسيا بعد بدء الحرب"),
    st("IRN", "", "admission", [D], "أقر; عدداً محدوداً; قبل أشهر من", "لكن المصدر أقر بأن"),
    st("RUS", "sergey_ryabkov", "statement", [], "اكتفى بالقول", "التعاون العسكري التقني مع إيران يجري"),
    st(None, "", ["statement", "claim"], [], "رأى", "اعتراف طهران الجزئي يؤكد"),
], [(D, "استنفدت على الأرجح مخزونها الحالي"), (D, "ولفتت الوزارة إلى أن الهجمات بالمسيّرات"),
    (D, "تظل المورد الرئيسي للمسيرات الانتحارية")],
   [({D}, "ردّ المتحدث باسم وزارة الدفاع الروسية إيغور كوناشينكوف", "denial", "RUS"),
    ({D}, "إيران لم ترسل أي مسيرات إلى روسيا بعد بدء الحرب", "denial", "IRN"),
    ({D}, "لكن المصدر أقر بأن", "admission", "IRN")])

ARTS["d10_israel_missiles_claim_2022"] = ("2022-10-23", [
    st("ISR", "ISR", "claim", [M], "headline", "إيران تستعد لتزويد روسيا", IR, optional=True),
    st("IRN", "tehran", "denial", [M], "headline", "وطهران: \"أكاذيب صهيونية\"", optional=True),
    st("ISR", "yedioth_ahronoth", "claim", [M], "أفادت", "إيران تستعد لإرسال صواريخ باليستية", IR),
    st("ISR", "benny_gantz", "claim", [M], "قال; تزويد", "طهران تعمل على تزويد موسكو", IR),
    st("ISR", "gilad_erdan", "claim", [M], "أكد فيها", "نقل إيران هذه الصواريخ إلى روسيا", IR),
    st("IRN", "nasser_kanaani", "denial", [M, "nuclear"], "وصف; أكاذيب; لم تزود", "وصف المتحدث باسم الخارجية الإيرانية ناصر كنعاني"),
    st("IRN", "IRN", "denial", [M], "نفت; لا أساس لها", "نفت البعثة الإيرانية لدى الأمم المتحدة"),
    st("RUS", "", "denial", [M], "نقلت ... عن; ليس بحاجة إلى", "ليس بحاجة إلى صواريخ أجنبية"),
], [(M, "إيران تستعد لإرسال صواريخ باليستية"), (M, "طهران تعمل على تزويد موسكو"),
    (M, "نقل إيران هذه الصواريخ إلى روسيا")],
   [({M}, "وصف المتحدث باسم الخارجية الإيرانية ناصر كنعاني", "denial", "IRN"),
    ({M}, "نفت البعثة الإيرانية لدى الأمم المتحدة", "denial", "IRN"),
    ({M}, "ليس بحاجة إلى صواريخ أجنبية", "denial", "RUS")])

ARTS["d11_followup_iran_replies_2023"] = ("2023-01-09", [
    st("IRN", "nasser_kanaani", "denial", [D], "headline", "كنعاني يرد على لندن", optional=True),
    st("IRN", "nasser_kanaani", "denial", [D], "رد; الحرب النفسية", "على تقرير وزارة الدفاع البريطانية الأخير بشأن المسيرات"),
    st("IRN", "nasser_kanaani", "denial", [D], "وأضاف; لم ترسل", "لم ترسل أي طائرات مسيرة لاستخدامها"),
    st("IRN", "nasser_kanaani", "statement", [], "شدد", "مستعدة لعقد اجتماع فني"),
    st("RUS", "", "denial", [D], "نقلت ... عن; لا تمت للواقع بصلة", "لا تمت للواقع بصلة"),
    st("GBR", "gbr_mod", "claim", [D], "أكدت", "روسيا تنتظر شحنة جديدة من المسيرات الإيرانية", IR),
    st("UKR", "yuriy_ihnat", "claim", [D], "قال", "أسقطت الليلة الماضية 12 مسيرة", ["IRN"]),
], [(D, "روسيا تنتظر شحنة جديدة من المسيرات الإيرانية"), (D, "أسقطت الليلة الماضية 12 مسيرة")],
   [({D}, "على تقرير وزارة الدفاع البريطانية الأخير بشأن المسيرات", "denial", "IRN"),
    ({D}, "لم ترسل أي طائرات مسيرة لاستخدامها", "denial", "IRN"),
    ({D}, "لا تمت للواقع بصلة", "denial", "RUS")])


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
