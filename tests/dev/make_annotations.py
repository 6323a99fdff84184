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

# ---- d12–d18: written blind (before reading statements.py/claims.py/lexicons).
# Iranian outlet with long indirect speech, RT-style Kremlin/MoD, Gulf summary of a
# Reuters report, Q/A interview, Ukrainian air-force daily report, EU framework +
# Iranian reaction, Lebanese outlet on Houthi missiles (2017) with passive attributions.
IY = ["IRN", "YEM"]

ARTS["d12_alalam_kanaani_rejects_2023"] = ("2023-11-20", [
    st("IRN", "nasser_kanaani", "denial", [M], "headline", "اتهامات واشنطن بشأن إرسال صواريخ", optional=True),
    st("IRN", "nasser_kanaani", "denial", [M], "رفض; الاتهامات", "الاتهامات الأمريكية الأخيرة بشأن عزم طهران"),
    st("IRN", "nasser_kanaani", "denial", [M], "قال; لم تقدم", "لم تقدم أي صواريخ لأي من طرفي الحرب"),
    st("IRN", "nasser_kanaani", "denial", [W], "أوضح; ادعاءات لا تستند إلى أي دليل", "لا يحق لها أن تحاضر الآخرين"),
    st("USA", "john_kirby", "claim", [M, D], "زعم", "وأن موسكو تلقت بالفعل مئات المسيرات", IR),
    st("IRN", "nasser_kanaani", "denial", [D], "قال; مفبركة; عارية عن الصحة", "قال كنعاني إن هذه الأنباء"),
    st("IRN", "nasser_kanaani", "statement", [], "وتابع", "تدعم أي مبادرة تؤدي إلى وقف إطلاق النار"),
    st("UKR", "kyiv", "claim", [D, "sanctions"], "اتهمت", "وكانت كييف قد اتهمت طهران مراراً", IR),
    st("IRN", "", "statement", [W], "نقلت ... عن", "لا تحتاج إلى إذن أحد"),
    st("IRN", "nasser_kanaani", "statement", [], "أدان", "أدان كنعاني استمرار العدوان"),
], [(M, "وأن موسكو تلقت بالفعل مئات المسيرات"), (D, "وأن موسكو تلقت بالفعل مئات المسيرات"),
    (D, "وكانت كييف قد اتهمت طهران مراراً")],
   [({M}, "الاتهامات الأمريكية الأخيرة بشأن عزم طهران", "denial", "IRN"),
    ({M}, "لم تقدم أي صواريخ لأي من طرفي الحرب", "denial", "IRN"),
    ({D}, "قال كنعاني إن هذه الأنباء", "denial", "IRN")])

ARTS["d13_rt_kremlin_mod_2022"] = ("2022-10-19", [
    st("RUS", "dmitry_peskov", "denial", [D], "headline", "المعدات التي تستخدمها قواتنا", optional=True),
    st("RUS", "rus_mod", "claim", [M], "headline", "والدفاع الروسية تتهم كييف", ["UKR"], optional=True),
    st("RUS", "dmitry_peskov", "denial", [D], "أكد; لا تملك أي معلومات", "لا تملك أي معلومات حول استخدام قواتها طائرات مسيرة"),
    st("RUS", "dmitry_peskov", "denial", [D], "قال; مزاعم", "ليست لدينا أي معلومات عن ذلك"),
    st("RUS", "rus_mod", ["statement", "claim"], [W], "قالت ... في بيان", "واصلت توجيه ضربات بأسلحة عالية الدقة"),
    st("RUS", "igor_konashenkov", "claim", [M], "اتهم; زاعماً", "بقصف أحياء سكنية في دونيتسك", ["UKR"]),
    st("RUS", "sergey_lavrov", "denial", [D], "اعتبر; حملة دعائية", "جزء من حملة دعائية لتبرير ضخ"),
    st("UKR", "UKR", "claim", [D], "زعم", "أطلقت خلال الأسبوع الماضي أكثر من مئة مسيرة", IR),
    st(None, "", "claim", [D], "ادعته; نقلاً عن", "وهو ما ادعته أيضاً وسائل إعلام غربية", IR),
    st("IRN", "tehran", "denial", [D], "نفت", "طهران نفت مراراً تزويد موسكو بطائرات مسيرة"),
    st(None, "", ["denial", "statement"], [D], "رأى", "تطوير روسي بالكامل"),
    st("RUS", "RUS", "statement", [], "قالت", "قالت إن هدفها"),
], [(D, "أطلقت خلال الأسبوع الماضي أكثر من مئة مسيرة"), (D, "وهو ما ادعته أيضاً وسائل إعلام غربية")],
   [({D}, "لا تملك أي معلومات حول استخدام قواتها طائرات مسيرة", "denial", "RUS"),
    ({D}, "ليست لدينا أي معلومات عن ذلك", "denial", "RUS"),
    ({D}, "جزء من حملة دعائية لتبرير ضخ", "denial", "RUS"),
    ({D}, "طهران نفت مراراً تزويد موسكو بطائرات مسيرة", "denial", "IRN")])

ARTS["d14_alarabiya_reuters_zolfaghar_2024"] = ("2024-02-22", [
    st(None, "reuters", "claim", [M], "headline", "إيران أرسلت نحو 400 صاروخ باليستي", IR, optional=True),
    st(["GBR", ""], "reuters", "claim", [M], "كشفت; نقلاً عن", "زودت روسيا بعدد كبير من الصواريخ الباليستية", IR),
    st(None, "", "claim", [M], "بحسب", "طهران أرسلت نحو 400 صاروخ", IR),
    st("IRN", "", "admission", [M], "قال", "بدأت مطلع يناير بعد اتفاق"),
    st("IRN", "", "admission", [M], "وأضاف", "هناك ما لا يقل عن أربع شحنات"),
    st(None, "", "claim", [M], "نقلت ... عن", "مؤشرات قوية", IR),
    st("USA", "wsj", "claim", [M], "كشفت", "يخشون أن تكون روسيا قد حصلت على صواريخ", IR),
    st("USA", "john_kirby", ["claim", "statement"], [M], "قال; أكد", "تقترب من تسليم صواريخ باليستية قصيرة المدى", IR),
    st("IRN", "", "statement", [W], "قالت", "لا تعلق على التكهنات"),
    st("IRN", "", "denial", [M], "نقل عن; الحرب النفسية; لم ترسل", "تأتي في إطار الحرب النفسية ضد إيران"),
    st("RUS", "dmitry_peskov", "statement", [], "رفض التعليق; مكتفياً بالقول", "يتطور في جميع المجالات"),
    st(None, "", "statement", ["sanctions"], "تردد", "يدرس فرض عقوبات جديدة على شركات إيرانية"),
], [(M, "زودت روسيا بعدد كبير من الصواريخ الباليستية"), (M, "طهران أرسلت نحو 400 صاروخ"), (M, "مؤشرات قوية"),
    (M, "يخشون أن تكون روسيا قد حصلت على صواريخ"), (M, "تقترب من تسليم صواريخ باليستية قصيرة المدى")],
   [({M}, "بدأت مطلع يناير بعد اتفاق", "admission", "IRN"),
    ({M}, "هناك ما لا يقل عن أربع شحنات", "admission", "IRN"),
    ({M}, "تأتي في إطار الحرب النفسية ضد إيران", "denial", "IRN")])

ARTS["d15_interview_jalali_2023"] = ("2023-02-18", [
    st("IRN", "kazem_jalali", "admission", [D], "headline", "أرسلنا عدداً محدوداً من المسيرات قبل الحرب", optional=True),
    st("IRN", "kazem_jalali", "admission", [D], "أقر; عدد محدود; قبل الحرب", "بأن طهران زودت موسكو"),
    # the sentence is cut at "، لكنه نفى" (two clauses, two texts; cf. d09 "لكن المصدر أقر بأن")
    st("IRN", "kazem_jalali", "denial", [D], "نفى", "لكنه نفى بشدة أي شحنات لاحقة"),
    st("UKR", "dmytro_kuleba", "claim", [D], "اتهام; مؤكداً", "أطلقت أكثر من ألف مسيرة إيرانية", IR),
    st(None, "", "claim", [D], "تتهم", "تتهم كييف والعواصم الغربية بلادكم", IR, optional=True),
    st("IRN", "kazem_jalali", ["admission", "statement"], [W], "لا ننكر", "نحن لا ننكر وجود تعاون دفاعي"),
    st("IRN", "kazem_jalali", "admission", [D], "عدداً محدوداً; قبل بدء الحرب", "قدمنا عدداً محدوداً من الطائرات المسيرة"),
    st("IRN", "kazem_jalali", "denial", [D], "لم نرسل", "قدمنا عدداً محدوداً من الطائرات المسيرة"),
    st("IRN", "kazem_jalali", "denial", [D], "أكاذيب", "ما يقال عن آلاف المسيرات الإيرانية"),
    st(None, "", "claim", [M], "تتحدث عن", "تقارير غربية تتحدث عن صفقة", IR, optional=True),
    st("IRN", "kazem_jalali", "denial", [M], "لم نسلم", "لم نسلم روسيا أي صاروخ باليستي"),
    st("IRN", "kazem_jalali", "denial", [D], "غير صحيح", "هذا غير صحيح على الإطلاق"),
    st("IRN", "kazem_jalali", "statement", ["sanctions"], "ج:", "العقوبات لن تغير شيئاً في سياستنا"),
    st("IRN", "kazem_jalali", "statement", [W, "sanctions"], "ج:", "نحن بلد عاش تحت العقوبات", optional=True),
    st("IRN", "kazem_jalali", "statement", [], "ج:", "أبلغنا الطرفين استعدادنا"),
    st("UKR", "", "claim", [D], "وصفت", "محاولة للتهرب من المسؤولية", ["IRN"]),
], [(D, "أطلقت أكثر من ألف مسيرة إيرانية"), (D, "محاولة للتهرب من المسؤولية")],
   [({D}, "بأن طهران زودت موسكو", "admission", "IRN"),
    ({D}, "لكنه نفى بشدة أي شحنات لاحقة", "denial", "IRN"),
    ({D}, "قدمنا عدداً محدوداً من الطائرات المسيرة", "admission", "IRN"),
    ({D}, "قدمنا عدداً محدوداً من الطائرات المسيرة", "denial", "IRN"),
    ({D}, "ما يقال عن آلاف المسيرات الإيرانية", "denial", "IRN"),
    ({D}, "هذا غير صحيح على الإطلاق", "denial", "IRN")])

ARTS["d16_aa_airforce_daily_2024"] = ("2024-12-13", [
    st("UKR", "UKR", "claim", [M, D], "headline", "روسيا أطلقت 94 صاروخاً و193 مسيرة", ["RUS"], optional=True),
    st("UKR", "ukr_air_force", "claim", [D, M], "أعلن", "استخدمت فيه 94 صاروخاً من طرز مختلفة", IR),
    st("UKR", "ukr_air_force", ["claim", "statement"], [M, D], "أوضح", "أسقطت 81 صاروخ كروز", ["RUS"]),
    st("UKR", "yuriy_ihnat", "claim", [M], "قال; مضيفاً", "تراكم الصواريخ لأسابيع", ["RUS", "PRK"]),
    st("UKR", "volodymyr_zelensky", "claim", [D, M, "air_defense"], "اتهم; مؤكداً",
       "كل هجوم بالمسيرات الإيرانية والصواريخ الكورية", ["RUS", "IRN", "PRK"]),
    st("RUS", "rus_mod", ["statement", "claim"], [M, W], "قالت", "رداً على هجوم أوكراني بصواريخ", ["UKR", "USA"]),
    st("UKR", "", "statement", [], "أفادت", "بانقطاع الكهرباء عن نحو 80"),
    st("UKR", "", "statement", [], "أعلنت", "المشغلة للشبكة فرض قطع مجدول"),
    st(None, "", ["claim", "statement"], [D], "بحسب", "أطلقت روسيا أكثر من 1300 مسيرة", ["RUS"]),
    st("IRN", "tehran", "denial", [D], "تنفي", "لكنها تنفي منذ 2022 إرسال مسيرات"),
    st("IRN", "tehran", "admission", [D], "باستثناء; وصفته; عدد محدود", "لكنها تنفي منذ 2022 إرسال مسيرات"),
    st("UKR", "", "statement", [], "وفق", "الضربة الثانية عشرة من نوعها"),
    st(None, "", ["claim", "statement"], [D], "تشير ... تقديرات", "تنتج محلياً نسخة من", ["RUS"], optional=True),
], [(D, "استخدمت فيه 94 صاروخاً من طرز مختلفة"), (M, "استخدمت فيه 94 صاروخاً من طرز مختلفة"),
    (M, "تراكم الصواريخ لأسابيع"), (D, "كل هجوم بالمسيرات الإيرانية والصواريخ الكورية"),
    (M, "كل هجوم بالمسيرات الإيرانية والصواريخ الكورية")],
   [({D}, "لكنها تنفي منذ 2022 إرسال مسيرات", "denial", "IRN"),
    ({D}, "لكنها تنفي منذ 2022 إرسال مسيرات", "admission", "IRN")])

ARTS["d17_euronews_eu_framework_2023"] = ("2023-07-21", [
    st("", "eu", "claim", [W, "sanctions"], "headline", "الاتحاد الأوروبي يقر إطاراً جديداً", IR, optional=True),
    st("IRN", "tehran", ["denial", "statement"], ["sanctions"], "headline", "وطهران: \"قرار غير بناء\"", optional=True),
    st("", "eu", "claim", [D, "sanctions"], "أعلن", "اعتماد إطار قانوني جديد", IR),
    st("", "eu", "claim", [D, M, "sanctions"], "قال ... في بيانه", "إيران زودت روسيا بطائرات مسيرة استخدمت", IR),
    st(["ESP", ""], "josep_borrell", "claim", [D], "أوضح; مضيفاً; أدلة", "يبعث برسالة واضحة", IR),
    st("", "eu", "statement", [D, "sanctions"], "جاء في نص", "المكونات الإلكترونية والمحركات"),
    st("IRN", "nasser_kanaani", "denial", [D, W, "sanctions"], "دان; وصف; لم تصدر", "إيران لم تصدر أي طائرات مسيرة أو أسلحة"),
    st("IRN", "nasser_kanaani", ["statement", "denial"], [W, "sanctions"], "وأضاف", "الأوروبيين الذين يرسلون أسلحة"),
    st("IRN", "", "statement", [D, "sanctions"], "نقلت ... عن", "تصنع مسيراتها بمكونات محلية"),
    st("UKR", "kyiv", "claim", [D], "أكدت", "أكدت كييف إسقاط مئات المسيرات الإيرانية", ["IRN"]),
    st(None, "", "statement", ["sanctions"], "يرى", "ويرى مراقبون في بروكسل"),
], [(D, "اعتماد إطار قانوني جديد"), (D, "إيران زودت روسيا بطائرات مسيرة استخدمت"), (M, "إيران زودت روسيا بطائرات مسيرة استخدمت"),
    (D, "يبعث برسالة واضحة"), (D, "أكدت كييف إسقاط مئات المسيرات الإيرانية")],
   [({D}, "إيران لم تصدر أي طائرات مسيرة أو أسلحة", "denial", "IRN")])

ARTS["d18_lebanese_houthi_qiam_2017"] = ("2017-12-15", [
    st("USA", "nikki_haley", "claim", [M], "headline", "هايلي تعرض", IY, optional=True),
    st("IRN", "tehran", "denial", [M], "headline", "وطهران: \"ملفقة\"", optional=True),
    st("USA", "nikki_haley", "claim", [M], "قالت; مؤكدة", "مطار الملك خالد الدولي", IY),
    st("USA", "nikki_haley", "claim", [M], "قالت; مضيفة", "الصاروخ يحمل شعار شركة إيرانية", IY),
    st("USA", "", "claim", [D], "نقلت ... عن", "تلقوا أيضاً طائرات مسيرة من طراز", IY),
    st("IRN", "", "denial", [M], "نفت; ملفقة", "نفت البعثة الإيرانية لدى الأمم المتحدة هذه الاتهامات"),
    st("IRN", "", "denial", [M, W], "قال; لم ترسل", "لم ترسل أي صواريخ إلى اليمن"),
    st("YEM", "mohammed_abdulsalam", "denial", [M], "قال; صناعة يمنية خالصة", "صناعة يمنية خالصة"),
    st("RUS", "vasily_nebenzya", ["statement", "denial"], [M], "أفادت ... بأن; شكك", "المندوب الروسي فاسيلي نيبينزيا شكك"),
    st(None, "", "claim", [M], "يزعم; بحسب", "مكونات الصواريخ إلى اليمن عبر سفن صيد", IY),
    st("FRA", "", ["statement", "claim"], [M], "نقل عن", "تأخذ الأدلة الأمريكية حول الصواريخ"),
    st("SAU", "", "claim", [M], "أعلن; متهماً", "اعترضت صاروخ", ["IRN"]),
    st(None, "", "statement", [M], "تردد", "ستطلب جلسة طارئة لمجلس الأمن"),
], [(M, "مطار الملك خالد الدولي"), (M, "الصاروخ يحمل شعار شركة إيرانية"), (D, "تلقوا أيضاً طائرات مسيرة من طراز"),
    (M, "مكونات الصواريخ إلى اليمن عبر سفن صيد"), (M, "اعترضت صاروخ")],
   [({M}, "نفت البعثة الإيرانية لدى الأمم المتحدة هذه الاتهامات", "denial", "IRN"),
    ({M}, "لم ترسل أي صواريخ إلى اليمن", "denial", "IRN"),
    ({M}, "صناعة يمنية خالصة", "denial", "YEM")])

# ---- d19–d24: written blind (before reading statements.py/claims.py/lexicons), dense in
# claim <-> denial/admission exchanges: Sky News Arabia (Fath-360, nominal lead claim),
# Asharq al-Awsat (UNSC drones, Hijri chrome), Shafaq (2022 admission), Youm7 (DPRK
# missiles), Al-Ain (Iranian drones in Sudan), France 24 ("not a party" + counter-accusations).
IS = ["IRN", "SDN"]

ARTS["d19_skynews_fath360_2024"] = ("2024-09-11", [
    st("USA", "USA", "claim", [M], "headline", "الإيرانية وصلت إلى روسيا", IR, optional=True),
    st("IRN", "tehran", "denial", [M], "headline", "الإيرانية وصلت إلى روسيا", optional=True),
    st("USA", "antony_blinken", "claim", [M], "headline", "عسكريون روس تدربوا", IR, optional=True),
    st("GBR", "london", "statement", ["sanctions"], "headline", "لندن تفرض عقوبات", optional=True),
    st("RUS", "moscow", "statement", [M], "headline", "موسكو لا تؤكد ولا تنفي", optional=True),
    st("USA", "USA", "claim", [M], "اتهامات", "اتهامات أمريكية لطهران بتزويد موسكو", IR),
    st("IRN", "IRN", "denial", [M], "نفي", "سارعت إيران إلى نفي الاتهامات"),
    st("USA", "washington", "claim", [M], "تقول ... إن", "وتقول واشنطن إن روسيا تسلمت", IR),
    st("USA", "antony_blinken", "claim", [M], "قال", "عشرات العسكريين الروس تلقوا تدريبات", IR),
    st("USA", "antony_blinken", "claim", [M], "وأضاف", "حصول موسكو على الصواريخ الإيرانية", IR),
    st("GBR", "david_lammy", "claim", [M, "sanctions"], "اتهم", "اتهم لامي طهران", IR),
    st("", "peter_stano", "claim", [M], "قال; معلومات موثوقة", "عن عمليات النقل", IR),
    st("IRN", "abbas_araghchi", "denial", [M], "نفى; لم تسلم", "لم تسلم أي صواريخ باليستية إلى روسيا"),
    st("IRN", "abbas_araghchi", "denial", [M, "sanctions"], "وأضاف; معلومات استخباراتية خاطئة",
       "تبني سياساتها على معلومات استخباراتية خاطئة"),
    st("IRN", "esmaeil_baghaei", "denial", [M], "وصف; لا أساس لها; ليست طرفاً", "فوصف ما تروجه واشنطن"),
    st("RUS", "dmitry_peskov", "statement", [M], "رفض تأكيد ... أو نفيها", "بيسكوف تأكيد التقارير أو نفيها"),
    st("RUS", "maria_zakharova", "denial", [M], "قالت; ذريعة", "ذريعة جديدة"),
    st(None, "", "claim", [D], "يتهم", "ويتهم الغرب إيران منذ خريف 2022", IR),
    st("IRN", "tehran", "denial", [D], "تنفيه", "وهو ما تنفيه طهران"),
    st("IRN", "tehran", "admission", [D], "تقر; عدد محدود; قبل", "تقر فقط بإرسال عدد محدود"),
], [(M, "اتهامات أمريكية لطهران بتزويد موسكو"), (M, "وتقول واشنطن إن روسيا تسلمت"),
    (M, "عشرات العسكريين الروس تلقوا تدريبات"), (M, "حصول موسكو على الصواريخ الإيرانية"),
    (M, "اتهم لامي طهران"), (M, "عن عمليات النقل"), (D, "ويتهم الغرب إيران منذ خريف 2022")],
   [({M}, "سارعت إيران إلى نفي الاتهامات", "denial", "IRN"),
    ({M}, "لم تسلم أي صواريخ باليستية إلى روسيا", "denial", "IRN"),
    ({M}, "تبني سياساتها على معلومات استخباراتية خاطئة", "denial", "IRN"),
    ({M}, "فوصف ما تروجه واشنطن", "denial", "IRN"),
    ({M}, "ذريعة جديدة", "denial", "RUS"),
    ({D}, "وهو ما تنفيه طهران", "denial", "IRN"),
    ({D}, "تقر فقط بإرسال عدد محدود", "admission", "IRN")])

ARTS["d20_aawsat_unsc_drones_2023"] = ("2023-07-07", [
    st(None, "", "claim", [D], "headline", "الغرب يتهم طهران بخرق القرار", IR, optional=True),
    st("IRN", "amir_saeid_iravani", "denial", [D], "headline", "ادعاءات لا أساس لها", optional=True),
    st(None, "rosemary_dicarlo", "statement", [D], "قالت", "تواصل تحليل المعلومات المتاحة"),
    st("USA", "linda_thomas_greenfield", "claim", [D], "اتهمت; مشيرة", "بمواصلة «نقل مئات", IR),
    st("GBR", "barbara_woodward", "claim", [D], "قالت; أدلة دامغة", "فوق كييف إيراني المنشأ", ["IRN"]),
    st("FRA", "nicolas_de_riviere", "statement", [D], "دعا; معتبراً", "إرسال فريق للتحقق من حطام"),
    st("UKR", "sergiy_kyslytsya", "claim", [D], "قال", "أطلقت على المدن الأوكرانية", IR),
    st("IRN", "amir_saeid_iravani", "denial", [D], "رفض; لا أساس لها; لم تنقل", "لم تنقل أي طائرات"),
    st("IRN", "amir_saeid_iravani", "denial", [D], "وأضاف; المزاعم", "تحاول تسييس"),
    st("IRN", "amir_saeid_iravani", "denial", [D], "شدد; ليست طرفاً", "ليست طرفاً في هذا النزاع"),
    st("RUS", "vasily_nebenzya", "denial", [D], "وصف; لا أساس لها", "من صنع روسي"),
    st("RUS", "vasily_nebenzya", "claim", [W], "اتهم", "مستودع للأسلحة"),
], [(D, "بمواصلة «نقل مئات"), (D, "فوق كييف إيراني المنشأ"), (D, "أطلقت على المدن الأوكرانية")],
   [({D}, "لم تنقل أي طائرات", "denial", "IRN"),
    ({D}, "تحاول تسييس", "denial", "IRN"),
    ({D}, "ليست طرفاً في هذا النزاع", "denial", "IRN"),
    ({D}, "من صنع روسي", "denial", "RUS")])

ARTS["d21_shafaq_admission_2022"] = ("2022-11-05", [
    st("IRN", "IRN", "admission", [D], "headline", "إلى موسكو", optional=True),
    st("UKR", "volodymyr_zelensky", "claim", [D], "headline", "إلى موسكو", ["IRN"], optional=True),
    st("IRN", "IRN", "admission", [D], "اعترفت; قبل", "للمرة الأولى بأنها زودت روسيا بطائرات"),
    st("IRN", "hossein_amir_abdollahian", "admission", [D], "قال; عدداً محدوداً; قبل", "أعطت عدداً محدوداً من الطائرات"),
    st("IRN", "hossein_amir_abdollahian", "statement", [D], "وأضاف", "فلن نقف غير مبالين"),
    st("IRN", "hossein_amir_abdollahian", "denial", [M], "نافياً", "نافياً في الوقت ذاته تزويد موسكو بأي صواريخ"),
    st("IRN", "hossein_amir_abdollahian", "denial", [M], "شدد; لا أساس لها", "الضجة التي تثيرها بعض الدول الغربية"),
    st("USA", "washington_post", "claim", [M], "ذكرت", "تستعد لإرسال صواريخ أرض", IR),
    st("UKR", "volodymyr_zelensky", "claim", [D], "اتهم; قال", "تسقط يومياً ما لا يقل عن عشر", ["IRN"]),
    st("UKR", "dmytro_kuleba", "claim", [D], "كتب; محذراً", "كل مسيّرة جديدة تصل إلى روسيا", IR),
    st("UKR", "oleg_nikolenko", "claim", [D], "قال", "بعد فبراير لا قبله", IR),
    st("USA", "ned_price", "claim", [D], "قال; مؤكداً", "تتناقض مع الأدلة", IR),
    st("RUS", "kremlin", "denial", [D], "نفى", "الكرملين كان قد نفى"),
    st(None, "", ["claim", "statement"], [D], "تشير ... تقديرات", "أطلقت منذ سبتمبر مئات", ["RUS"], optional=True),
    st(None, "", "statement", [D, "sanctions"], "يرى", "ويرى مراقبون أن الاعتراف الإيراني"),
], [(D, "تسقط يومياً ما لا يقل عن عشر"), (D, "كل مسيّرة جديدة تصل إلى روسيا"), (D, "بعد فبراير لا قبله"),
    (D, "تتناقض مع الأدلة"), (M, "تستعد لإرسال صواريخ أرض")],
   [({D}, "للمرة الأولى بأنها زودت روسيا بطائرات", "admission", "IRN"),
    ({D}, "أعطت عدداً محدوداً من الطائرات", "admission", "IRN"),
    ({D}, "الكرملين كان قد نفى", "denial", "RUS"),
    ({M}, "نافياً في الوقت ذاته تزويد موسكو بأي صواريخ", "denial", "IRN"),
    ({M}, "الضجة التي تثيرها بعض الدول الغربية", "denial", "IRN")])

ARTS["d22_youm7_dprk_missiles_2024"] = ("2024-01-05", [
    st("USA", "white_house", "claim", [M], "headline", "روسيا أطلقت صواريخ كورية شمالية على أوكرانيا", PK, optional=True),
    st(["RUS", "PRK"], "moscow", "denial", [M], "headline", "وموسكو وبيونج يانج تنفيان", optional=True),
    st("USA", "white_house", "claim", [M], "قال", "استخدمت صواريخ باليستية زودتها بها", PK),
    st("USA", "john_kirby", "claim", [M], "أوضح", "صاروخاً واحداً على الأقل من كوريا الشمالية", PK),
    st("USA", "john_kirby", "claim", ["aircraft", W], "وأضاف", "طائرات مقاتلة ومعدات عسكرية متقدمة", ["RUS", "PRK"]),
    st("USA", "washington", "claim", [M], "تقول ... إن", "سلمت روسيا أيضاً منصات إطلاق", PK),
    st("KOR", "seoul", "claim", [W], "اتهمت; بحسب; نقلت ... عن", "مليون قذيفة مدفعية", PK),
    st("RUS", "maria_zakharova", "denial", [M], "نفت; قالت; أكاذيب", "أكاذيب تهدف إلى تبرير فشل الغرب"),
    st("RUS", "dmitry_peskov", "statement", [M], "رفض التعليق; مكتفياً بالقول", "تطور علاقاتها مع جارتها"),
    st("PRK", "prk_mfa", "denial", [M, W], "وصفت; لا أساس لها; لم ترسل", "منافية للعقل"),
    st("PRK", "kim_yo_jong", "denial", [W, M], "قالت; تختلق", "تختلق قصصاً عن صفقات أسلحة"),
    st("UKR", "andriy_yermak", "claim", [M], "قال; دليل", "محور واحد يضم موسكو وطهران", ["PRK", "RUS", "IRN"]),
    st(None, "", "statement", [M], "يرى", "تشبه إلى حد كبير صواريخ"),
], [(M, "استخدمت صواريخ باليستية زودتها بها"), (M, "صاروخاً واحداً على الأقل من كوريا الشمالية"),
    (M, "سلمت روسيا أيضاً منصات إطلاق"), (M, "محور واحد يضم موسكو وطهران")],
   [({M}, "أكاذيب تهدف إلى تبرير فشل الغرب", "denial", "RUS"),
    ({M, W}, "منافية للعقل", "denial", "PRK"),
    ({M, W}, "تختلق قصصاً عن صفقات أسلحة", "denial", "PRK")])

ARTS["d23_alain_sudan_drones_2024"] = ("2024-01-25", [
    st(["USA", ""], "bloomberg", "claim", [D], "headline", "إيرانية بيد الجيش السوداني", IS, optional=True),
    st(["USA", ""], "bloomberg", "claim", [D], "كشفت; نقلاً عن", "تسلم خلال الأشهر الماضية طائرات مسيرة", IS),
    st(None, "", "claim", [D], "بحسب", "صور الأقمار الصناعية أظهرت طائرة", IS),
    st("SDN", "rsf", "claim", [D, W], "اتهمت; معتبرة", "الاستعانة بالنظام الإيراني", IS),
    st("SDN", "", "denial", [D, W], "نفى; لم تتسلم", "لم تتسلم أي مسيرات من إيران"),
    st("SDN", "", "denial", [D], "وأضاف; كذب مكشوف", "كذب مكشوف"),
    st("IRN", "nasser_kanaani", "denial", [D], "رفض; واصفاً; ادعاءات لا أساس لها", "الإساءة للعلاقات بين طهران والخرطوم"),
    st("IRN", "nasser_kanaani", "denial", [D, W], "أكد; لم ترسل", "لم ترسل أي معدات عسكرية"),
    st("USA", "", "claim", [D], "قال; معلومات موثوقة", "عن تسليم إيران مسيرات للقوات المسلحة", IS),
    st(None, "", "statement", [], "يرى", "استئناف العلاقات الدبلوماسية"),
    st(None, "", "statement", [], "وفق", "مقتل أكثر من 12 ألف شخص"),
], [(D, "تسلم خلال الأشهر الماضية طائرات مسيرة"), (D, "صور الأقمار الصناعية أظهرت طائرة"),
    (D, "الاستعانة بالنظام الإيراني"), (D, "عن تسليم إيران مسيرات للقوات المسلحة")],
   [({D, W}, "لم تتسلم أي مسيرات من إيران", "denial", "SDN"),
    ({D}, "كذب مكشوف", "denial", "SDN"),
    ({D}, "الإساءة للعلاقات بين طهران والخرطوم", "denial", "IRN"),
    ({D, W}, "لم ترسل أي معدات عسكرية", "denial", "IRN")])

ARTS["d24_france24_not_party_2024"] = ("2024-10-15", [
    st("IRN", "IRN", "denial", [M], "headline", "إيران ترد على العقوبات الأوروبية", optional=True),
    st("", "eu", "claim", [M, "sanctions"], "اتهامها", "بسبب اتهامها بتزويد روسيا", IR, optional=True),
    st("IRN", "IRN", ["claim", "statement"], ["sanctions"], "متهمة", "متهمة الدول الغربية", optional=True),
    st("", "eu", "claim", [M, "sanctions"], "مؤكدين في بيان", "نقلت صواريخ باليستية إلى روسيا لاستخدامها", IR),
    st(["ESP", ""], "josep_borrell", "claim", [M], "قال; دامغة", "الأدلة على وصول الصواريخ الإيرانية", IR),
    st("IRN", "esmaeil_baghaei", "denial", [M, "sanctions"], "قال; ليست طرفاً; لم نرسل; ادعاءات واهية",
       "ولم نرسل أي صواريخ إلى روسيا"),
    st("IRN", "esmaeil_baghaei", "claim", [W, M], "وأضاف; متهماً", "ترسل يومياً شحنات الأسلحة", ["USA", "UKR"]),
    st("IRN", "abbas_araghchi", "denial", [M, "sanctions"], "كتب; معلومات خاطئة; لم تسلم", "لم تسلم روسيا أي صاروخ باليستي"),
    st("RUS", "maria_zakharova", "denial", [M, "sanctions"], "اعتبرت; أكاذيب; ليست بحاجة", "ليست بحاجة إلى صواريخ من أحد"),
    st("RUS", "maria_zakharova", "claim", [W], "اتهمت", "حقل تجارب للأسلحة الغربية"),
    st("RUS", "alexey_dedov", "statement", [W], "قال", "لا يستهدف أي طرف ثالث"),
    st("UKR", "kyiv", "statement", ["sanctions"], "رحبت", "رحبت كييف بالعقوبات"),
    st("UKR", "andrii_sybiha", "claim", [M], "قال", "كل صاروخ إيراني يصل إلى روسيا", IR),
    st("USA", "washington", "claim", [M], "تتهم", "تتهم واشنطن طهران بتدريب", IR),
    st("IRN", "IRN", "denial", [M], "تنفيه", "وهو ما تنفيه إيران أيضاً"),
], [(M, "نقلت صواريخ باليستية إلى روسيا لاستخدامها"), (M, "الأدلة على وصول الصواريخ الإيرانية"),
    (M, "كل صاروخ إيراني يصل إلى روسيا"), (M, "تتهم واشنطن طهران بتدريب"), (M, "ترسل يومياً شحنات الأسلحة")],
   [({M, "sanctions"}, "ولم نرسل أي صواريخ إلى روسيا", "denial", "IRN"),
    ({M, "sanctions"}, "لم تسلم روسيا أي صاروخ باليستي", "denial", "IRN"),
    ({M, "sanctions"}, "ليست بحاجة إلى صواريخ من أحد", "denial", "RUS"),
    ({M}, "وهو ما تنفيه إيران أيضاً", "denial", "IRN")])


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
