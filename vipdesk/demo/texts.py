"""What people write in a demo lounge: guests' words, staff notes, diary lines.

Guests speak their own language (the complaint screen must store what they said,
exactly); staff write their notes in English, as the lounge's working language.
"""

from __future__ import annotations

from dataclasses import dataclass

from vipdesk.demo.draw import Weighted
from vipdesk.domain.vocabulary import Category, Department, FeedbackKind, Severity

PREFERENCES: tuple[str, ...] = (
    "Window seat facing the apron",
    "Sparkling water, no ice",
    "Vegetarian",
    "Gluten-free",
    "Quiet area away from the buffet",
    "Green tea on arrival",
    "Oat milk in coffee",
    "Reads Politiken and the FT",
    "Halal meals",
    "Near a power outlet",
    "A glass of champagne on arrival",
    "Lactose-free",
    "Shower suite after long-haul arrivals",
    "Espresso, double",
    "Prefers a box when travelling with family",
)

NOTES: tuple[str, ...] = (
    "Travels with a guide dog.",
    "Hard of hearing: face the guest and speak clearly.",
    "Uses a wheelchair; seat near the entrance.",
    "Regular on the Monday morning flight to Boston.",
    "Severe nut allergy: tell the kitchen.",
    "Corporate account; invoices go to the company.",
    "Likes the same attendant when possible.",
    "Upgraded to a box last visit after a long delay.",
    "Often travels with two young children.",
)

MEMBERSHIPS = Weighted(("", "Priority Pass", "Diners Club", "Priority Pass, Diners Club"),
                       (85, 10, 3, 2))

# Frequent-flyer programmes by airline code, with their tiers from lowest to highest.
PROGRAMMES: dict[str, tuple[str, ...]] = {
    "SK": ("Silver", "Gold", "Diamond", "Pandion"),
    "DY": ("Silver", "Gold"),
    "LH": ("Frequent Traveller", "Senator", "HON Circle"),
    "LX": ("Frequent Traveller", "Senator", "HON Circle"),
    "BA": ("Bronze", "Silver", "Gold"),
    "UA": ("Silver", "Gold", "1K"),
    "AF": ("Silver", "Gold", "Platinum"),
    "KL": ("Silver", "Gold", "Platinum"),
    "CA": ("Silver", "Gold", "Platinum"),
    "AY": ("Silver", "Gold", "Platinum"),
    "EK": ("Silver", "Gold", "Platinum"),
    "QR": ("Silver", "Gold", "Platinum"),
    "IB": ("Silver", "Gold", "Platinum"),
    "TP": ("Silver", "Gold"),
}

EXCEPTION_REASONS: tuple[str, ...] = (
    "Economy ticket; flight delayed three hours and the guest is travelling with an infant.",
    "Gold card expired last week; renewal confirmed by phone with the airline.",
    "Missed connection caused by a partner airline; airline liaison asked us to host.",
    "Guest with mobility needs; quiet seating until boarding.",
    "Invitation missing from the boarding pass; the airline confirmed it by phone.",
)

# What the desk did for a tired guest: the codes the waiting list stores, and the note.
WAIT_ACKNOWLEDGEMENTS: tuple[tuple[str, str], ...] = (
    ("apology,drink", "Apologised and offered a drink while the box is cleaned."),
    ("update,seat", "Explained the queue; offered a seat in the lobby meanwhile."),
    ("seat", "Offered the lobby until the room is ready; the guest preferred to wait."),
    ("drink,update", "Brought water and the flight status; the guest was fine."),
)

ESCALATED_WAIT_ACKNOWLEDGEMENT = (
    "apology,seat",
    "Duty manager apologised in person and seated the party as soon as the room was free.")

DIARY_LINES: tuple[str, ...] = (
    "Coffee machine at the bar descaled; back in service.",
    "{flight} delayed 40 minutes; seated guests informed.",
    "Box 4 cleaned and ready again after a spilled drink.",
    "Wi-Fi dropped for ten minutes; IT restarted the access point.",
    "Gate change for {flight}; guests informed at their seats.",
    "Newspapers delivered: Politiken, FT, Le Monde, 人民日报.",
    "Busy morning bank; up to nine guests queued at the desk around 07:40.",
    "Shower suite 2 out of order; housekeeping called.",
    "Lost and found: a grey scarf left in the lobby, kept at the desk.",
    "Champagne stock low; F&B restocking before the evening peak.",
    "Fire alarm test announced; no guest impact.",
    "VIP Room 1 prepared for a delegation.",
)


@dataclass(frozen=True)
class Feedback:
    """One kind of thing guests tell us, in the languages they tell it."""

    kind: FeedbackKind
    category: Category
    severity: Severity
    department: Department
    words: dict[str, str]  # language -> the guest's own words
    expects: str = ""
    immediate_action: str = ""
    resolution: str = ""
    work: str = ""  # what another department must do; '' when the desk handles it


FEEDBACK: tuple[Feedback, ...] = (
    Feedback(FeedbackKind.COMPLAINT, Category.FOOD_AND_BEVERAGE, Severity.MEDIUM,
             Department.FOOD_AND_BEVERAGE, {
                 "en": "The soup was cold and nobody cleared our table for twenty minutes.",
                 "da": "Suppen var kold, og ingen ryddede vores bord i tyve minutter.",
                 "zh": "汤是凉的，二十分钟都没有人来收拾桌子。",
                 "de": "Die Suppe war kalt und zwanzig Minuten lang hat niemand abgeräumt.",
             }, expects="An apology and hot food.", immediate_action="Served a fresh hot dish.",
             resolution="Buffet heating element replaced; table clearing rota changed.",
             work="Check the buffet heating and the table clearing rota."),
    Feedback(FeedbackKind.COMPLAINT, Category.CLEANLINESS, Severity.MEDIUM,
             Department.HOUSEKEEPING, {
                 "en": "The shower room was not clean: hair in the basin and no towels.",
                 "ja": "シャワールームが清潔ではありませんでした。タオルもありませんでした。",
                 "fr": "La douche n'était pas propre et il n'y avait pas de serviettes.",
                 "pt": "O chuveiro não estava limpo e não havia toalhas.",
             }, expects="A clean shower before boarding.",
             immediate_action="Opened the other shower suite for the guest.",
             resolution="Shower suites now checked after every guest.",
             work="Clean shower suite 1 and restock towels."),
    Feedback(FeedbackKind.COMPLAINT, Category.WIFI_AND_IT, Severity.LOW, Department.IT, {
        "en": "The Wi-Fi keeps dropping; I could not finish my video call.",
        "fr": "Le Wi-Fi ne fonctionne pas, je n'arrive pas à me connecter.",
        "de": "Das WLAN bricht ständig ab.",
        "es": "El wifi se corta todo el tiempo y no pude terminar mi reunión.",
    }, expects="Working Wi-Fi.", immediate_action="Offered the quiet room with a cable.",
        resolution="Access point in the east lobby replaced.",
        work="Check the access point in the east lobby."),
    Feedback(FeedbackKind.COMPLAINT, Category.NOISE, Severity.LOW, Department.FRONT_DESK, {
        "en": "A group next to the quiet zone was very loud for an hour.",
        "es": "Había mucho ruido cerca de la zona tranquila.",
        "da": "Der var meget larm ved det stille område.",
    }, expects="Staff to keep the quiet zone quiet.",
        immediate_action="Moved the guest to Box 6 and spoke to the group.",
        resolution="Quiet-zone signs added; staff check it every hour."),
    Feedback(FeedbackKind.COMPLAINT, Category.FLIGHT_INFORMATION, Severity.MEDIUM,
             Department.AIRLINE_LIAISON, {
                 "en": "Nobody told me my flight was delayed; I ran to the gate for nothing.",
                 "ar": "لم يخبرني أحد بتأخير رحلتي، ركضت إلى البوابة بلا داع.",
                 "zh": "没有人告诉我航班延误了，我白跑到登机口。",
                 "de": "Niemand hat mir die Verspätung meines Fluges mitgeteilt.",
             }, expects="Correct flight information on the screens.",
             immediate_action="Apologised; checked the new time with the airline.",
             resolution="Airline now sends delay messages to the lounge desk directly.",
             work="Ask the airline why the delay did not reach the lounge screens."),
    Feedback(FeedbackKind.COMPLAINT, Category.STAFF, Severity.MEDIUM, Department.MANAGEMENT, {
        "en": "The agent at the desk was short with me when I asked about my companion.",
        "da": "Medarbejderen i skranken var kort for hovedet over for mig.",
        "fr": "L'agent d'accueil a été désagréable avec moi.",
    }, expects="An apology.", immediate_action="Apologised at the desk.",
        resolution="Discussed with the agent; guest called back and accepted the apology."),
    Feedback(FeedbackKind.COMPLAINT, Category.BILLING, Severity.LOW, Department.FRONT_DESK, {
        "en": "I was charged twice for my companion's entry.",
        "es": "Me cobraron dos veces la entrada de mi acompañante.",
        "pt": "Fui cobrado duas vezes pela entrada do meu acompanhante.",
    }, expects="A refund of the second charge.", immediate_action="Checked the card terminal log.",
        resolution="Second charge refunded to the card."),
    Feedback(FeedbackKind.COMPLAINT, Category.SEATING_AND_SPACE, Severity.LOW,
             Department.FRONT_DESK, {
                 "en": "We booked a box but had to sit in the lobby.",
                 "zh": "我们预订了包间，却只能坐在大厅。",
                 "ja": "個室を予約しましたが、ロビーに座らされました。",
             }, expects="The box we booked.",
             immediate_action="Moved the party to the next free box.",
             resolution="Box reservations now shown on the lounge board."),
    Feedback(FeedbackKind.PRAISE, Category.STAFF, Severity.LOW, Department.FRONT_DESK, {
        "en": "Mette at the desk remembered my name and my usual table. Thank you!",
        "da": "Tak for den fantastiske service, Jonas var så hjælpsom.",
        "zh": "服务非常周到，谢谢！",
        "de": "Ganz herzlichen Dank, das Team war großartig.",
        "ar": "شكرا جزيلا على الخدمة الرائعة.",
    }, resolution="Thanked the guest; shared with the team at the briefing."),
    Feedback(FeedbackKind.PRAISE, Category.FOOD_AND_BEVERAGE, Severity.LOW,
             Department.FOOD_AND_BEVERAGE, {
                 "en": "The smørrebrød was the best I have had in an airport.",
                 "fr": "Le smørrebrød était délicieux, merci !",
                 "ja": "スモーブローがとても美味しかったです。",
             }, resolution="Passed on to the kitchen."),
    Feedback(FeedbackKind.REQUEST, Category.FLIGHT_INFORMATION, Severity.LOW,
             Department.FRONT_DESK, {
                 "en": "Could you wake me thirty minutes before boarding?",
                 "da": "Kan I vække mig en halv time før boarding?",
                 "es": "¿Me pueden avisar media hora antes del embarque?",
             }, resolution="Woke the guest thirty minutes before boarding."),
    Feedback(FeedbackKind.REQUEST, Category.FOOD_AND_BEVERAGE, Severity.LOW,
             Department.FOOD_AND_BEVERAGE, {
                 "en": "May we have a high chair and a children's menu?",
                 "pt": "Podemos ter uma cadeira alta e um menu infantil?",
                 "ar": "هل يمكن الحصول على كرسي أطفال وقائمة طعام للأطفال؟",
             }, resolution="High chair and children's menu brought to the table.",
             work="Bring a high chair and a children's menu to the lobby."),
    Feedback(FeedbackKind.SUGGESTION, Category.FOOD_AND_BEVERAGE, Severity.LOW,
             Department.FOOD_AND_BEVERAGE, {
                 "en": "Please add oat milk at the coffee station.",
                 "da": "Tilføj gerne havremælk ved kaffen.",
                 "de": "Bitte Hafermilch an der Kaffeestation anbieten.",
             }, resolution="Oat milk added to the coffee station."),
)

# The few stories the demo always tells, so every state is on screen from the first run.
LOST_BAG = Feedback(
    FeedbackKind.COMPLAINT, Category.OTHER, Severity.HIGH, Department.SECURITY, {
        "en": "My laptop bag was taken from my seat while I was at the buffet.",
        "da": "Min computertaske blev taget fra min plads, mens jeg var ved buffeten.",
    }, expects="Find the bag before my flight boards.",
    immediate_action="Apologised; called airport security and reviewed the lobby camera.",
    work="Review the lobby cameras for the last hour and search the lounge.")

WRONG_CONNECTION = Feedback(
    FeedbackKind.COMPLAINT, Category.FLIGHT_INFORMATION, Severity.MEDIUM,
    Department.AIRLINE_LIAISON, {
        "en": "The lounge told me my connection was on time; I missed it and paid for a taxi.",
        "de": "Man sagte mir, mein Anschluss sei pünktlich. Ich habe ihn verpasst und "
              "musste ein Taxi bezahlen.",
    }, expects="The taxi refunded.", immediate_action="Apologised; took the taxi receipt.",
    work="Ask the airline to refund the guest's taxi.")

GATE_QUESTION = Feedback(
    FeedbackKind.REQUEST, Category.FLIGHT_INFORMATION, Severity.LOW, Department.FRONT_DESK, {
        "en": "Could you tell me when my gate opens?",
        "es": "¿Me podría decir cuándo abre mi puerta de embarque?",
    })

PROMISE_HOWS: tuple[str, ...] = ("Phone call", "Email", "Email in the guest's language")
