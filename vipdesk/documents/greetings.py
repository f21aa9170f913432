"""What the welcome card says, in each language the lounge greets guests in.

The card is handed to the guest, so it speaks the guest's language (from their
profile or chosen at the desk), not the kiosk's: these texts are data keyed by
language code, not Qt translations of the desk's user interface.
"""

from __future__ import annotations

from dataclasses import dataclass

DEFAULT_LANGUAGE = "en"


@dataclass(frozen=True)
class CardTexts:
    """The words of one language's card; ``greeting`` holds ``{name}``."""

    language: str
    greeting: str
    welcome: str  # the greeting when no name is known
    wish: str
    space: str
    host: str
    wifi: str
    network: str
    password: str
    scan_to_join: str
    flight: str
    boarding: str
    gate: str
    rtl: bool = False
    space_before_latin_name: bool = False  # Chinese sets a space between 的 and a Latin name

    def greet(self, name: str) -> str:
        """The greeting for ``name``, the form of address in the card's language
        (``vipdesk.domain.names.address_in``: "Ms Chen Li", "王晓明先生", "hr. Hansen")."""
        name = name.strip()
        if not name:
            return self.welcome
        if self.space_before_latin_name and name[0].isascii():
            name = f" {name}"
        return self.greeting.format(name=name)


CARD_TEXTS: dict[str, CardTexts] = {
    "en": CardTexts(
        language="en",
        greeting="Welcome, {name}",
        welcome="Welcome",
        wish="We wish you a pleasant stay.",
        space="Space",
        host="Host",
        wifi="Wi-Fi",
        network="Network",
        password="Password",
        scan_to_join="Scan to join the Wi-Fi",
        flight="Flight",
        boarding="Boarding",
        gate="Gate",
    ),
    "zh": CardTexts(
        language="zh",
        greeting="尊敬的{name}，欢迎光临",
        welcome="欢迎光临",
        wish="祝您候机愉快。",
        space="区域",
        host="服务员",  # the glossary's word for the attendant
        wifi="无线网络",
        network="网络名称",
        password="密码",
        scan_to_join="扫码连接无线网络",
        flight="航班",
        boarding="登机时间",
        gate="登机口",
        space_before_latin_name=True,
    ),
    "da": CardTexts(
        language="da",
        greeting="Kære {name}",  # "Kære hr. Hansen"
        welcome="Velkommen",
        wish="Vi ønsker dig et behageligt ophold.",
        space="Område",  # the glossary's words
        host="Tjener",
        wifi="Wi-Fi",
        network="Netværk",
        password="Adgangskode",
        scan_to_join="Scan for at komme på Wi-Fi",
        flight="Fly",
        boarding="Boardingtid",
        gate="Gate",
    ),
    "de": CardTexts(
        language="de",
        greeting="Herzlich willkommen, {name}",
        welcome="Herzlich willkommen",
        wish="Wir wünschen Ihnen einen angenehmen Aufenthalt.",
        space="Bereich",
        host="Betreuung",
        wifi="WLAN",
        network="Netzwerk",
        password="Passwort",
        scan_to_join="Scannen, um sich mit dem WLAN zu verbinden",
        flight="Flug",
        boarding="Boarding",
        gate="Gate",
    ),
    "ar": CardTexts(
        language="ar",
        greeting="أهلا وسهلا، {name}",
        welcome="أهلا وسهلا",
        wish="نتمنى لكم إقامة ممتعة.",
        space="المكان",
        host="المضيف",
        wifi="واي فاي",
        network="الشبكة",
        password="كلمة المرور",
        scan_to_join="امسح الرمز للاتصال بشبكة واي فاي",
        flight="الرحلة",
        boarding="الصعود",
        gate="البوابة",
        rtl=True,
    ),
}


def card_texts(language: str) -> CardTexts:
    """The texts for ``language`` ("zh", "zh-Hans", "da_DK", "EN"...); English if unknown."""
    primary = language.strip().replace("_", "-").split("-")[0].lower()
    return CARD_TEXTS.get(primary, CARD_TEXTS[DEFAULT_LANGUAGE])
