"""Name pools for demo guests: the travellers a Copenhagen hub lounge sees.

Names come in their own scripts as well as romanised (王 小明 and Chen Li), with
the diacritics people actually carry (Søren, Weiß, Muñoz, Conceição), so every
screen and document meets real names from the first run.
"""

from __future__ import annotations

import functools
import random
from dataclasses import dataclass

from vipdesk.demo.draw import Weighted
from vipdesk.domain.names import form_of_address, full_name


@dataclass(frozen=True)
class Origin:
    """Where a group of names comes from, and how its people are written and greeted."""

    key: str
    language: str
    weight: int
    male: tuple[str, ...]
    female: tuple[str, ...]
    surnames: tuple[str, ...]
    airlines: tuple[str, ...] = ("SK",)


def _split(text: str) -> tuple[str, ...]:
    return tuple(text.split("|"))


ORIGINS: tuple[Origin, ...] = (
    Origin("danish", "da", 22,
           _split("Søren|Jørgen|Mads|Rasmus|Frederik|Bjørn|Anders|Kasper|Nikolaj|Asger|Thorbjørn"),
           _split("Åse|Mette|Sidsel|Ida|Karen|Birgitte|Signe|Astrid|Maja|Lærke|Bodil"),
           _split("Jørgensen|Nørgaard|Kjærgaard|Sørensen|Møller|Bækgaard|Lykke|Østergaard"
                  "|Vestergaard|Hansen|Andersen|Brøndum|Skovgård|Løvgren|Ærbø|Dahl"),
           airlines=("SK", "SK", "DY")),
    Origin("english", "en", 12,
           _split("James|Oliver|William|Henry|George|Thomas|Edward|Daniel|Rhys"),
           _split("Charlotte|Emily|Amelia|Sophie|Victoria|Eleanor|Grace|Siobhan"),
           _split("Smith|Whitfield|Harrington|O'Brien|Clarke|Baker|Fitzgerald|Thompson|Ashworth"),
           airlines=("BA", "BA", "UA")),
    Origin("german", "de", 10,
           _split("Jürgen|Günther|Lukas|Maximilian|Jörg|Matthias|Stefan"),
           _split("Ursula|Bärbel|Käthe|Lena|Sophie|Jutta|Annegret"),
           _split("Müller|Weiß|Strauß|Schäfer|Groß|Köhler|Krüger|Meißner|Fuß|Schröder|Weißmüller"),
           airlines=("LH", "LH", "LX")),
    Origin("chinese", "zh", 7,
           _split("Wei|Jun|Hao|Lei|Ming|Tao|Qiang"),
           _split("Li|Fang|Na|Xiuying|Jing|Mei|Yan"),
           _split("Chen|Li|Wang|Zhang|Liu|Yang|Huang|Zhao|Wu|Zhou"),
           airlines=("CA", "CA", "SK")),
    Origin("chinese_hanzi", "zh", 5,
           _split("小明|伟|强|磊|军|洋|志强"),
           _split("芳|娜|秀英|静|丽|小红|婷"),
           _split("王|李|张|刘|陈|杨|黄|赵|欧阳"), airlines=("CA", "CA", "SK")),
    Origin("japanese", "ja", 3,
           _split("Haruto|Takeshi|Kenji|Hiroshi|Daiki"),
           _split("Yui|Aiko|Sakura|Haruka|Emi"),
           _split("Tanaka|Sato|Suzuki|Takahashi|Watanabe|Yamamoto|Nakamura"),
           airlines=("SK", "AY")),
    Origin("japanese_kanji", "ja", 2,
           _split("太郎|健二|浩|翔太|大輔"),
           _split("花子|美咲|陽子|さくら|優子"),
           _split("田中|佐藤|鈴木|高橋|山本|中村|小林"), airlines=("SK", "AY")),
    Origin("korean_hangul", "ko", 1,
           _split("민준|서준|지호"),
           _split("서연|지우|하은"),
           _split("김|이|박|최"), airlines=("SK", "LH")),
    Origin("arabic_script", "ar", 3,
           _split("محمد|أحمد|عمر|خالد|يوسف|سلمان"),
           _split("فاطمة|ليلى|نور|مريم|عائشة"),
           _split("العتيبي|الحربي|القحطاني|المنصوري|الهاشمي|الشامسي"),
           airlines=("EK", "QR")),
    Origin("arabic_latin", "en", 3,
           _split("Mohammed|Ahmed|Omar|Khalid|Youssef"),
           _split("Fatima|Layla|Noor|Mariam|Aisha"),
           _split("Al-Mansouri|Al-Farsi|Haddad|Al-Hashimi|Nasser|El-Amin"),
           airlines=("EK", "QR")),
    Origin("indian", "en", 7,
           _split("Arjun|Rohan|Vikram|Anil|Rajesh|Sanjay"),
           _split("Priya|Ananya|Kavya|Deepika|Lakshmi|Meera"),
           _split("Sharma|Patel|Iyer|Reddy|Nair|Gupta|Banerjee|Chatterjee|Menon"),
           airlines=("QR", "EK", "LH")),
    Origin("portuguese", "pt", 4,
           _split("João|Antônio|Sebastião|Luís|Gonçalo|Fábio"),
           _split("Conceição|Luíza|Beatriz|Inês|Mariana|Lúcia"),
           _split("Gonçalves|Araújo|Magalhães|Simões|Assunção|Brandão|Sá|Conceição"),
           airlines=("TP", "LH")),
    Origin("french", "fr", 7,
           _split("François|Jérôme|Benoît|Loïc|Gaël|Théo"),
           _split("Hélène|Élodie|Anaïs|Cécile|Chloé|Maëlle"),
           _split("Lefèvre|Bénard|Dubois|Garnier|Moreau|Lemaître|Fournier|Chevalier"),
           airlines=("AF", "AF", "KL")),
    Origin("spanish", "es", 6,
           _split("Íñigo|José|Martín|Álvaro|Joaquín|Sergio"),
           _split("Begoña|Nuria|Lucía|María José|Ainhoa|Iciar"),
           _split("Muñoz|Peña|Ibáñez|Núñez|Castaño|Yáñez|García|Ordóñez"),
           airlines=("IB", "IB", "SK")),
)

ORIGIN_BY_KEY: dict[str, Origin] = {origin.key: origin for origin in ORIGINS}
_ORIGINS = Weighted(ORIGINS, [origin.weight for origin in ORIGINS])
MALE_TITLES = Weighted(("Mr", "Dr", "Prof"), (85, 10, 5))
FEMALE_TITLES = Weighted(("Ms", "Mrs", "Dr", "Prof"), (55, 30, 10, 5))


@dataclass(frozen=True)
class Person:
    surname: str
    given_names: str
    title: str
    language: str
    origin: Origin


def pick_origin(rng: random.Random) -> Origin:
    return _ORIGINS.pick(rng)


def make_person(rng: random.Random, origin: Origin | None = None) -> Person:
    origin = origin or pick_origin(rng)
    if rng.random() < 0.5:
        given = rng.choice(origin.male)
        title = MALE_TITLES.pick(rng)
    else:
        given = rng.choice(origin.female)
        title = FEMALE_TITLES.pick(rng)
    return Person(rng.choice(origin.surnames), given, title, origin.language, origin)


# The pools are small, so the same names come back again and again: shape each once.
written_name = functools.lru_cache(maxsize=4096)(full_name)
address = functools.lru_cache(maxsize=4096)(form_of_address)


def companion_name(rng: random.Random, surname: str, origin: Origin) -> str:
    """Family (same surname) half the time, otherwise a colleague from anywhere."""
    if rng.random() < 0.5:
        return written_name(rng.choice(origin.male + origin.female), surname, origin.language)
    other = make_person(rng)
    return written_name(other.given_names, other.surname, other.language)
