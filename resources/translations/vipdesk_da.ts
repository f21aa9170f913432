<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da">
<context>
    <name>AcknowledgeDialog</name>
    <message>
        <source>Acknowledge the fatigue alert</source>
        <translation>Kvittér for ventetidsalarmen</translation>
    </message>
    <message>
        <source>What was done for the guest?</source>
        <translation>Hvad blev der gjort for gæsten?</translation>
    </message>
    <message>
        <source>A few words (optional)</source>
        <translation>Et par ord (valgfrit)</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Gem</translation>
    </message>
</context>
<context>
    <name>AlertBanner</name>
    <message>
        <source>Offered a seat</source>
        <translation>Tilbød en plads</translation>
    </message>
    <message>
        <source>Offered a drink</source>
        <translation>Tilbød en drink</translation>
    </message>
    <message>
        <source>Gave an update</source>
        <translation>Gav en status</translation>
    </message>
    <message>
        <source>Apologised</source>
        <translation>Undskyldte</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Noget andet</translation>
    </message>
    <message>
        <source>a guest</source>
        <translation>en gæst</translation>
    </message>
    <message>
        <source>{guest} has waited too long and is tired: see to them now.</source>
        <translation>{guest} har ventet for længe og er træt: tag dig af gæsten nu.</translation>
    </message>
    <message>
        <source>Duty manager: {guest} has waited too long and nobody acknowledged it.</source>
        <translation>Vagthavende leder: {guest} har ventet for længe, og ingen har kvitteret.</translation>
    </message>
    <message>
        <source>Overdue promise to {guest}: they were promised an answer.</source>
        <translation>Overskredet løfte til {guest}: gæsten blev lovet et svar.</translation>
    </message>
    <message>
        <source>Duty manager: complaint of {guest} escalated at {time}.</source>
        <translation>Vagthavende leder: klage fra {guest} eskaleret kl. {time}.</translation>
    </message>
    <message>
        <source>Duty manager: serious complaint from {guest}, nobody has taken it yet.</source>
        <translation>Vagthavende leder: alvorlig klage fra {guest}, som ingen har taget endnu.</translation>
    </message>
    <message>
        <source>Needs attention: {guest}</source>
        <translation>Kræver opmærksomhed: {guest}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>ukendt</translation>
    </message>
    <message>
        <source>Guest {initials} waiting {minutes} min: see to them now.</source>
        <translation>Gæst {initials} har ventet {minutes} min.: tag dig af gæsten nu.</translation>
    </message>
    <message>
        <source>Duty manager: guest {initials} waiting {minutes} min, not answered in time.</source>
        <translation>Vagthavende leder: gæst {initials} har ventet {minutes} min. uden svar i tide.</translation>
    </message>
    <message>
        <source>Overdue promise to guest {initials}.</source>
        <translation>Overskredet løfte til gæst {initials}.</translation>
    </message>
    <message>
        <source>Duty manager: a complaint was escalated at {time}.</source>
        <translation>Vagthavende leder: en klage blev eskaleret kl. {time}.</translation>
    </message>
    <message>
        <source>Duty manager: a serious complaint nobody has taken yet.</source>
        <translation>Vagthavende leder: en alvorlig klage, som ingen har taget endnu.</translation>
    </message>
    <message>
        <source>Needs attention: guest {initials}</source>
        <translation>Kræver opmærksomhed: gæst {initials}</translation>
    </message>
    <message>
        <source>{alert} Note from {author}: {note}</source>
        <translation>{alert} Note fra {author}: {note}</translation>
    </message>
    <message>
        <source>the desk</source>
        <translation>skranken</translation>
    </message>
    <message>
        <source>No alerts</source>
        <translation>Ingen alarmer</translation>
    </message>
    <message numerus="yes">
        <source>and %n more, escalations among them…</source>
        <translation>
            <numerusform>og %n til, heriblandt en eskalering…</numerusform>
            <numerusform>og %n til, heriblandt eskaleringer…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more…</source>
        <translation>
            <numerusform>og %n til…</numerusform>
            <numerusform>og %n til…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AlertLine</name>
    <message>
        <source>Acknowledge…</source>
        <translation>Kvittér…</translation>
    </message>
    <message>
        <source>Add a note…</source>
        <translation>Tilføj en note…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åbn</translation>
    </message>
</context>
<context>
    <name>AllAlertsDialog</name>
    <message>
        <source>All alerts</source>
        <translation>Alle alarmer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>Alerts now: {count}, the most urgent first.</source>
        <translation>Alarmer nu: {count}, de mest presserende først.</translation>
    </message>
</context>
<context>
    <name>AuthoriseDialog</name>
    <message>
        <source>Approval needed</source>
        <translation>Godkendelse kræves</translation>
    </message>
    <message>
        <source>Nobody here may approve this.</source>
        <translation>Ingen her må godkende dette.</translation>
    </message>
    <message>
        <source>Please give the reason.</source>
        <translation>Skriv begrundelsen.</translation>
    </message>
</context>
<context>
    <name>AuthoriseForm</name>
    <message>
        <source>Duty manager</source>
        <translation>Vagthavende leder</translation>
    </message>
    <message>
        <source>Their PIN</source>
        <translation>Vedkommendes pinkode</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begrundelse</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Godkend</translation>
    </message>
</context>
<context>
    <name>Board</name>
    <message>
        <source>Space / guest</source>
        <translation>Område / gæst</translation>
    </message>
    <message>
        <source>Pax</source>
        <translation>Pers.</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Ankom</translation>
    </message>
    <message>
        <source>Flight</source>
        <translation>Fly</translation>
    </message>
    <message>
        <source>Boards</source>
        <translation>Boarding</translation>
    </message>
    <message>
        <source>Attendant</source>
        <translation>Tjener</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>Departs</source>
        <translation>Afgang</translation>
    </message>
    <message>
        <source>Gate</source>
        <translation>Gate</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Selskaber</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Gæster</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Gæst</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Hvor</translation>
    </message>
    <message>
        <source>: {name} until {time}</source>
        <translation>: {name} til kl. {time}</translation>
    </message>
    <message>
        <source>soon</source>
        <translation>snart</translation>
    </message>
    <message>
        <source>Checked in at {desk}</source>
        <translation>Tjekket ind ved {desk}</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Ventet</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Hvorfor</translation>
    </message>
    <message>
        <source>wants a {space}</source>
        <translation>ønsker {space}</translation>
    </message>
    <message>
        <source>acknowledged by {name}</source>
        <translation>kvitteret af {name}</translation>
    </message>
    <message>
        <source>escalated to the duty manager</source>
        <translation>eskaleret til vagthavende leder</translation>
    </message>
    <message>
        <source>fatigue alert: acknowledge</source>
        <translation>ventetidsalarm: kvittér</translation>
    </message>
</context>
<context>
    <name>BoardForm</name>
    <message>
        <source>Lounge board</source>
        <translation>Loungetavle</translation>
    </message>
    <message>
        <source>Find a guest: name or flight</source>
        <translation>Find en gæst: navn eller fly</translation>
    </message>
    <message>
        <source>Spaces and guests</source>
        <translation>Områder og gæster</translation>
    </message>
    <message>
        <source>Move…</source>
        <translation>Flyt…</translation>
    </message>
    <message>
        <source>Hand over…</source>
        <translation>Overdrag…</translation>
    </message>
    <message>
        <source>Mark informed</source>
        <translation>Markér som informeret</translation>
    </message>
    <message>
        <source>Check out</source>
        <translation>Tjek ud</translation>
    </message>
    <message>
        <source>Feedback…</source>
        <translation>Feedback…</translation>
    </message>
    <message>
        <source>Space:</source>
        <translation>Område:</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Ledig</translation>
    </message>
    <message>
        <source>Being prepared</source>
        <translation>Klargøres</translation>
    </message>
    <message>
        <source>Reserve…</source>
        <translation>Reservér…</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Venteliste</translation>
    </message>
    <message>
        <source>Seat…</source>
        <translation>Anvis plads…</translation>
    </message>
    <message>
        <source>Acknowledge alert…</source>
        <translation>Kvittér for alarm…</translation>
    </message>
    <message>
        <source>Departures</source>
        <translation>Afgange</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importér…</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Tilføj…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Redigér…</translation>
    </message>
    <message>
        <source>Attendants</source>
        <translation>Tjenere</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Fundet</translation>
    </message>
</context>
<context>
    <name>BoardScreen</name>
    <message>
        <source>Spaces and guests</source>
        <translation>Områder og gæster</translation>
    </message>
    <message>
        <source>No other space can take this party now.</source>
        <translation>Intet andet område har plads til selskabet lige nu.</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Flyt</translation>
    </message>
    <message>
        <source>No attendant is on the team; add one in Staff.</source>
        <translation>Der er ingen tjener på holdet; tilføj en under Personale.</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>Overdrag</translation>
    </message>
    <message>
        <source>Marked as told about boarding.</source>
        <translation>Markeret som informeret om boarding.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <source>Waiting: {count}</source>
        <translation>Venteliste: {count}</translation>
    </message>
    <message>
        <source>{count} boarding soon</source>
        <translation>{count} skal snart boarde</translation>
    </message>
    <message>
        <source>{space} is free: {guest} has waited longest for a {kind}. Select them and press Seat…</source>
        <translation>{space} er ledig: {guest} har ventet længst på {kind}. Vælg gæsten, og tryk på Anvis plads…</translation>
    </message>
    <message>
        <source>Move {guest} to:</source>
        <translation>Flyt {guest} til:</translation>
    </message>
    <message>
        <source>{guest} moved.</source>
        <translation>{guest} er flyttet.</translation>
    </message>
    <message>
        <source>Hand {guest} over to:</source>
        <translation>Overdrag {guest} til:</translation>
    </message>
    <message>
        <source>{guest} handed over.</source>
        <translation>{guest} er overdraget.</translation>
    </message>
    <message>
        <source>{guest} checked out.</source>
        <translation>{guest} er tjekket ud.</translation>
    </message>
    <message>
        <source>Space updated.</source>
        <translation>Området er opdateret.</translation>
    </message>
    <message>
        <source>No space can take this party yet.</source>
        <translation>Intet område har plads til selskabet endnu.</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Anvis plads</translation>
    </message>
    <message>
        <source>Seat {guest} in:</source>
        <translation>Anvis {guest} plads i:</translation>
    </message>
    <message>
        <source>{guest} seated.</source>
        <translation>{guest} har fået plads.</translation>
    </message>
    <message>
        <source>The file cannot be read: {error}</source>
        <translation>Filen kan ikke læses: {error}</translation>
    </message>
    <message>
        <source>Departures imported: {added} new, {updated} updated.</source>
        <translation>Afgange importeret: {added} nye, {updated} opdateret.</translation>
    </message>
    <message>
        <source>{file} is larger than {size} MB: too large for a day&apos;s departures. Is it the right file?</source>
        <translation>{file} er større end {size} MB: for stor til en dags afgange. Er det den rigtige fil?</translation>
    </message>
    <message>
        <source>Acknowledged: thank you.</source>
        <translation>Kvitteret: tak.</translation>
    </message>
    <message>
        <source>Import today&apos;s departures</source>
        <translation>Importér dagens afgange</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-filer (*.csv);;Alle filer (*)</translation>
    </message>
    <message>
        <source>The departures are still being imported; please wait.</source>
        <translation>Afgangene importeres stadig; vent venligst.</translation>
    </message>
    <message>
        <source>Importing the departures…</source>
        <translation>Importerer afgangene…</translation>
    </message>
    <message>
        <source>Select a flight to edit first.</source>
        <translation>Vælg først et fly, du vil redigere.</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>venter</translation>
    </message>
</context>
<context>
    <name>CheckOutDialog</name>
    <message>
        <source>Check out</source>
        <translation>Tjek ud</translation>
    </message>
    <message>
        <source>Check out {name}?</source>
        <translation>Tjek {name} ud?</translation>
    </message>
    <message>
        <source>How was the guest&apos;s stay? (optional)</source>
        <translation>Hvordan var gæstens ophold? (valgfrit)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <source>Check out without rating</source>
        <translation>Tjek ud uden vurdering</translation>
    </message>
    <message numerus="yes">
        <source>%n star</source>
        <translation>
            <numerusform>%n stjerne</numerusform>
            <numerusform>%n stjerner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stars</source>
        <translation>
            <numerusform>%n stjerne</numerusform>
            <numerusform>%n stjerner</numerusform>
        </translation>
    </message>
    <message>
        <source>Before the guest leaves, this is still open:</source>
        <translation>Før gæsten går, er dette stadig åbent:</translation>
    </message>
    <message>
        <source>• {kind} ({category}, {status}): “{words}”</source>
        <translation>• {kind} ({category}, {status}): “{words}”</translation>
    </message>
    <message>
        <source>Promise overdue since {time}: {what}</source>
        <translation>Løfte om opfølgning overskredet siden {time}: {what}</translation>
    </message>
    <message>
        <source>Promise due at {time}: {what}</source>
        <translation>Løfte om opfølgning skal holdes kl. {time}: {what}</translation>
    </message>
</context>
<context>
    <name>ChoiceDialog</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>ClockWarning</name>
    <message>
        <source>Confirm the date…</source>
        <translation>Bekræft datoen…</translation>
    </message>
    <message>
        <source>This PC&apos;s clock says {now} but the last recorded event was {seen}; ask IT to fix the clock.</source>
        <translation>Pc&apos;ens ur siger {now}, men den seneste registrerede hændelse var {seen}; bed IT om at rette uret.</translation>
    </message>
    <message>
        <source>This PC&apos;s clock says {now}.
The last recorded event was {seen}.

Confirm only if the clock is right (for example, the desk was switched off for a while). Anonymising old guests and deleting old backups then run by this clock again.</source>
        <translation>Pc&apos;ens ur siger {now}.
Den seneste registrerede hændelse var {seen}.

Bekræft kun, hvis uret går rigtigt (fx hvis skranken har været slukket et stykke tid). Anonymisering af gamle gæster og sletning af gamle sikkerhedskopier kører så igen efter dette ur.</translation>
    </message>
    <message>
        <source>Confirm the date</source>
        <translation>Bekræft datoen</translation>
    </message>
    <message>
        <source>The clock is right</source>
        <translation>Uret går rigtigt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation>Ikke bekræftet</translation>
    </message>
</context>
<context>
    <name>CommandRuns</name>
    <message>
        <source>When</source>
        <translation>Tidspunkt</translation>
    </message>
    <message>
        <source>OS account</source>
        <translation>Systemkonto</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Medarbejder</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Kommando</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Written to</source>
        <translation>Skrevet til</translation>
    </message>
    <message>
        <source>restored {path}</source>
        <translation>gendannet fra {path}</translation>
    </message>
    <message>
        <source>the previous database kept as {path}</source>
        <translation>den tidligere database gemt som {path}</translation>
    </message>
    <message>
        <source>done</source>
        <translation>udført</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>afvist</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>mislykkedes</translation>
    </message>
    <message>
        <source>started, outcome not recorded</source>
        <translation>startet, intet resultat registreret</translation>
    </message>
    <message>
        <source>command line (no PIN)</source>
        <translation>kommandolinje (ingen pinkode)</translation>
    </message>
    <message>
        <source>Reports, backups and restores run from the command line in the last {days} days (at most {rows}), newest first. Ask IT about any you do not recognise.</source>
        <translation>Rapporter, sikkerhedskopier og gendannelser kørt fra kommandolinjen de seneste {days} dage (højst {rows}), nyeste først. Spørg IT om dem, du ikke kender.</translation>
    </message>
    <message>
        <source>Command-line runs ({count})</source>
        <translation>Kørsler fra kommandolinjen ({count})</translation>
    </message>
</context>
<context>
    <name>ComplaintModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Logged</source>
        <translation>Registreret</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Alvor</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Gæst</translation>
    </message>
    <message>
        <source>Promise due</source>
        <translation>Løfte senest</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <source>In the guest&apos;s words</source>
        <translation>Med gæstens egne ord</translation>
    </message>
    <message>
        <source>(no guest)</source>
        <translation>(ingen gæst)</translation>
    </message>
    <message>
        <source>{time} overdue</source>
        <translation>{time} overskredet</translation>
    </message>
</context>
<context>
    <name>ComplaintReport</name>
    <message>
        <source>Daily complaint report</source>
        <translation>Daglig klagerapport</translation>
    </message>
    <message>
        <source>{n} item</source>
        <translation>{n} sag</translation>
    </message>
    <message>
        <source>{n} items</source>
        <translation>{n} sager</translation>
    </message>
    <message>
        <source>{date} · complaints, requests, suggestions and praise recorded in {zone}</source>
        <translation>{date} · klager, ønsker, forslag og ros registreret i {zone}</translation>
    </message>
    <message>
        <source>No complaints or praise were recorded on this day.</source>
        <translation>Der blev ikke registreret klager eller ros denne dag.</translation>
    </message>
    <message>
        <source>Nothing was logged between local midnight and the next: no complaints, requests, suggestions or praise.</source>
        <translation>Intet blev registreret mellem lokal midnat og den næste: ingen klager, ønsker, forslag eller ros.</translation>
    </message>
    <message>
        <source>Complaints, requests and suggestions</source>
        <translation>Klager, ønsker og forslag</translation>
    </message>
    <message>
        <source>No complaints, requests or suggestions on this day.</source>
        <translation>Ingen klager, ønsker eller forslag denne dag.</translation>
    </message>
    <message>
        <source>Praise</source>
        <translation>Ros</translation>
    </message>
    <message>
        <source>No praise was recorded on this day.</source>
        <translation>Der blev ikke registreret ros denne dag.</translation>
    </message>
    <message>
        <source>items of feedback</source>
        <translation>feedback i alt</translation>
    </message>
    <message>
        <source>complaints</source>
        <translation>klager</translation>
    </message>
    <message>
        <source>praise</source>
        <translation>ros</translation>
    </message>
    <message>
        <source>not yet resolved</source>
        <translation>endnu ikke løst</translation>
    </message>
    <message>
        <source>average time to resolve</source>
        <translation>gennemsnitlig tid til løsning</translation>
    </message>
    <message>
        <source>longest time to resolve</source>
        <translation>længste tid til løsning</translation>
    </message>
    <message>
        <source>compensation given (value)</source>
        <translation>givet kompensation (værdi)</translation>
    </message>
    <message>
        <source>promises kept late, not kept or still open</source>
        <translation>løfter holdt for sent, ikke holdt eller stadig åbne</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Sager</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Andel</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>I alt</translation>
    </message>
    <message>
        <source>The day in figures</source>
        <translation>Dagen i tal</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Alvor</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Resolution and compensation</source>
        <translation>Løsning og kompensation</translation>
    </message>
    <message>
        <source>{resolved} resolved, on average {average} after it was recorded; the longest took {longest}. {open} not resolved yet.</source>
        <translation>{resolved} løst, i gennemsnit {average} efter registreringen; den længste tog {longest}. {open} endnu ikke løst.</translation>
    </message>
    <message>
        <source>Nothing recorded on this day has been resolved yet.</source>
        <translation>Intet registreret denne dag er løst endnu.</translation>
    </message>
    <message>
        <source>No compensation was given.</source>
        <translation>Der blev ikke givet kompensation.</translation>
    </message>
    <message>
        <source>(kind not recorded)</source>
        <translation>(typen er ikke registreret)</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>Kompensation</translation>
    </message>
    <message>
        <source>Times given</source>
        <translation>Antal gange</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Værdi</translation>
    </message>
    <message>
        <source>Promises kept late, not kept or still open</source>
        <translation>Løfter holdt for sent, ikke holdt eller stadig åbne</translation>
    </message>
    <message>
        <source>Every promise made on this day was kept on time.</source>
        <translation>Alle løfter givet denne dag blev holdt til tiden.</translation>
    </message>
    <message>
        <source>kept {late} late</source>
        <translation>holdt {late} for sent</translation>
    </message>
    <message>
        <source>not kept</source>
        <translation>ikke holdt</translation>
    </message>
    <message>
        <source>open, overdue</source>
        <translation>åbent, overskredet</translation>
    </message>
    <message>
        <source>open</source>
        <translation>åbent</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(intet navn)</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Sag</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Gæst</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Hvordan</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tilstand</translation>
    </message>
    <message>
        <source>The guest expects</source>
        <translation>Gæsten forventer</translation>
    </message>
    <message>
        <source>Done at once</source>
        <translation>Gjort med det samme</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Løsning</translation>
    </message>
    <message>
        <source>given</source>
        <translation>givet</translation>
    </message>
    <message>
        <source>{kind}, value {value}</source>
        <translation>{kind}, værdi {value}</translation>
    </message>
    <message>
        <source>an answer</source>
        <translation>et svar</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Løfte</translation>
    </message>
    <message>
        <source>{how} by {due}, owner {owner}; {state}</source>
        <translation>{how} senest {due}, ansvarlig {owner}; {state}</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Løst</translation>
    </message>
    <message>
        <source>{time}, {taken} after it was recorded</source>
        <translation>{time}, {taken} efter registreringen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <source>{severity} severity</source>
        <translation>Alvor: {severity}</translation>
    </message>
    <message>
        <source>Guest not named</source>
        <translation>Gæsten er ikke navngivet</translation>
    </message>
    <message>
        <source>Flight</source>
        <translation>Fly</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Registreret af</translation>
    </message>
    <message>
        <source>escalated to the duty manager</source>
        <translation>eskaleret til vagthavende leder</translation>
    </message>
    <message>
        <source>apologised</source>
        <translation>der er givet en undskyldning</translation>
    </message>
    <message>
        <source>Also</source>
        <translation>Desuden</translation>
    </message>
    <message>
        <source>In the guest&apos;s words</source>
        <translation>Med gæstens egne ord</translation>
    </message>
    <message>
        <source>kept at {time}</source>
        <translation>holdt kl. {time}</translation>
    </message>
    <message>
        <source>no promise was made after all</source>
        <translation>der blev alligevel ikke givet noget løfte</translation>
    </message>
    <message>
        <source>not kept, overdue</source>
        <translation>ikke holdt, overskredet</translation>
    </message>
    <message>
        <source>not kept yet</source>
        <translation>ikke holdt endnu</translation>
    </message>
</context>
<context>
    <name>ComplaintsForm</name>
    <message>
        <source>Complaints, praise and requests</source>
        <translation>Klager, ros og ønsker</translation>
    </message>
    <message>
        <source>Log feedback…</source>
        <translation>Registrér feedback…</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Alvor</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>to</source>
        <translation>til</translation>
    </message>
    <message>
        <source>Search the guest&apos;s words…</source>
        <translation>Søg i gæstens ord…</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Rækkefølge</translation>
    </message>
    <message>
        <source>Select an item to see it in full.</source>
        <translation>Vælg en sag for at se den hele.</translation>
    </message>
    <message>
        <source>In the guest&apos;s words</source>
        <translation>Med gæstens egne ord</translation>
    </message>
    <message>
        <source>Promise kept</source>
        <translation>Løfte holdt</translation>
    </message>
    <message>
        <source>Work orders</source>
        <translation>Arbejdsordrer</translation>
    </message>
    <message>
        <source>Work order done</source>
        <translation>Arbejdsordre udført</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <source>Resolution, how the guest was told, or a note</source>
        <translation>Løsning, hvordan gæsten fik besked, eller en note</translation>
    </message>
    <message>
        <source>Start work</source>
        <translation>Start arbejdet</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Løs</translation>
    </message>
    <message>
        <source>Close: guest told</source>
        <translation>Luk: gæsten har fået besked</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Genåbn</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>Eskalér</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Tilføj note</translation>
    </message>
    <message>
        <source>Department that must act</source>
        <translation>Afdeling der skal handle</translation>
    </message>
    <message>
        <source>Who owns it</source>
        <translation>Hvem har sagen</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Tildel</translation>
    </message>
</context>
<context>
    <name>ComplaintsScreen</name>
    <message>
        <source>Newest first</source>
        <translation>Nyeste først</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Ældste først</translation>
    </message>
    <message>
        <source>Most severe first</source>
        <translation>Mest alvorlige først</translation>
    </message>
    <message>
        <source>Promise due soonest</source>
        <translation>Løfter der udløber først</translation>
    </message>
    <message>
        <source>Logged</source>
        <translation>Registreret</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Tildelt</translation>
    </message>
    <message>
        <source>Work started</source>
        <translation>Arbejdet startet</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Løst</translation>
    </message>
    <message>
        <source>Closed, guest told</source>
        <translation>Lukket, gæsten har fået besked</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Genåbnet</translation>
    </message>
    <message>
        <source>Escalated to the duty manager</source>
        <translation>Eskaleret til vagthavende leder</translation>
    </message>
    <message>
        <source>Promise made</source>
        <translation>Løfte om opfølgning givet</translation>
    </message>
    <message>
        <source>Promise kept</source>
        <translation>Løfte holdt</translation>
    </message>
    <message>
        <source>Promise not kept</source>
        <translation>Løfte ikke holdt</translation>
    </message>
    <message>
        <source>No promise was made</source>
        <translation>Der blev ikke givet noget løfte</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>Arbejdsordre</translation>
    </message>
    <message>
        <source>Work order done</source>
        <translation>Arbejdsordre udført</translation>
    </message>
    <message>
        <source>Work order cancelled</source>
        <translation>Arbejdsordre annulleret</translation>
    </message>
    <message>
        <source>Work started on #{id}.</source>
        <translation>Arbejdet på #{id} er startet.</translation>
    </message>
    <message>
        <source>#{id} closed.</source>
        <translation>#{id} er lukket.</translation>
    </message>
    <message>
        <source>#{id} reopened.</source>
        <translation>#{id} er genåbnet.</translation>
    </message>
    <message>
        <source>#{id} is with the duty manager.</source>
        <translation>#{id} ligger nu hos vagthavende leder.</translation>
    </message>
    <message>
        <source>Note added to #{id}.</source>
        <translation>Note tilføjet til #{id}.</translation>
    </message>
    <message>
        <source>Promise on #{id} kept.</source>
        <translation>Løftet på #{id} er holdt.</translation>
    </message>
    <message>
        <source>Open (not closed)</source>
        <translation>Åbne (ikke lukket)</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Alle statusser</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Alle typer</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Alle kategorier</translation>
    </message>
    <message>
        <source>Any severity</source>
        <translation>Alle grader af alvor</translation>
    </message>
    <message>
        <source>Any department</source>
        <translation>Alle afdelinger</translation>
    </message>
    <message>
        <source>Anyone there</source>
        <translation>Hvem som helst i afdelingen</translation>
    </message>
    <message numerus="yes">
        <source>%n item</source>
        <translation>
            <numerusform>%n sag</numerusform>
            <numerusform>%n sager</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n items</source>
        <translation>
            <numerusform>%n sag</numerusform>
            <numerusform>%n sager</numerusform>
        </translation>
    </message>
    <message>
        <source>The first {shown} of {total} items; narrow the filters to see the rest.</source>
        <translation>De første {shown} af {total} sager; indsnævr filtrene for at se resten.</translation>
    </message>
    <message>
        <source>{guest}, {channel}, logged {time} by {staff}. For: {department}, {owner}</source>
        <translation>{guest}, {channel}, registreret {time} af {staff}. Til: {department}, {owner}</translation>
    </message>
    <message>
        <source>{guest}, {channel}, logged {time} by {staff}. For: {department}</source>
        <translation>{guest}, {channel}, registreret {time} af {staff}. Til: {department}</translation>
    </message>
    <message>
        <source>Expects: {expects}</source>
        <translation>Forventer: {expects}</translation>
    </message>
    <message>
        <source>Done at once: {action}</source>
        <translation>Gjort med det samme: {action}</translation>
    </message>
    <message>
        <source>Compensation: {kind} {value}</source>
        <translation>Kompensation: {kind} {value}</translation>
    </message>
    <message>
        <source>Resolution: {resolution}</source>
        <translation>Løsning: {resolution}</translation>
    </message>
    <message>
        <source>Thanked</source>
        <translation>Der er sagt tak</translation>
    </message>
    <message>
        <source>Thanked; passed on to {name}</source>
        <translation>Der er sagt tak; givet videre til {name}</translation>
    </message>
    <message>
        <source>Due {due}, {owner}: {how}</source>
        <translation>Senest {due}, {owner}: {how}</translation>
    </message>
    <message>
        <source>Praised: {staff}</source>
        <translation>Rost: {staff}</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Note: {note}</translation>
    </message>
    <message>
        <source>Promise for {due} kept at {time}.</source>
        <translation>Løftet til {due} blev holdt kl. {time}.</translation>
    </message>
    <message>
        <source>Promise for {due} not kept.</source>
        <translation>Løftet til {due} blev ikke holdt.</translation>
    </message>
    <message>
        <source>OVERDUE: promised by {due}, {owner} to tell the guest: {how}</source>
        <translation>OVERSKREDET: lovet senest {due}, {owner} giver gæsten besked: {how}</translation>
    </message>
    <message>
        <source>Promised by {due}, {owner} to tell the guest: {how}</source>
        <translation>Lovet senest {due}, {owner} giver gæsten besked: {how}</translation>
    </message>
    <message>
        <source>#{id} resolved.</source>
        <translation>#{id} er løst.</translation>
    </message>
    <message>
        <source>#{id} assigned to {department}.</source>
        <translation>#{id} er tildelt {department}.</translation>
    </message>
    <message>
        <source>Work order done on #{id}.</source>
        <translation>Arbejdsordren på #{id} er udført.</translation>
    </message>
    <message>
        <source>Feedback #{id} saved.</source>
        <translation>Feedback #{id} er gemt.</translation>
    </message>
    <message>
        <source>Select an item to see it in full.</source>
        <translation>Vælg en sag for at se den hele.</translation>
    </message>
    <message>
        <source> · escalated</source>
        <translation> · eskaleret</translation>
    </message>
    <message>
        <source>no guest on record</source>
        <translation>ingen gæst registreret</translation>
    </message>
    <message>
        <source>not said</source>
        <translation>ikke oplyst</translation>
    </message>
    <message>
        <source>Apologised.</source>
        <translation>Der er givet en undskyldning.</translation>
    </message>
    <message>
        <source>No apology recorded.</source>
        <translation>Ingen undskyldning registreret.</translation>
    </message>
    <message>
        <source>Praise for the whole team</source>
        <translation>Ros til hele holdet</translation>
    </message>
    <message>
        <source>No follow-up promised.</source>
        <translation>Intet løfte om opfølgning.</translation>
    </message>
    <message>
        <source>No promise was made after all.</source>
        <translation>Der blev alligevel ikke givet noget løfte.</translation>
    </message>
    <message>
        <source>Select an item first.</source>
        <translation>Vælg en sag først.</translation>
    </message>
    <message>
        <source>Select an open work order first.</source>
        <translation>Vælg en åben arbejdsordre først.</translation>
    </message>
</context>
<context>
    <name>ConnectionWatch</name>
    <message>
        <source>Connection to the lounge database lost, retrying… Everything typed is kept; the desk carries on when it is back.</source>
        <translation>Forbindelsen til loungens database er tabt, prøver igen… Alt indtastet bevares; skranken fortsætter, når forbindelsen er tilbage.</translation>
    </message>
    <message>
        <source>What was scanned or pressed at {time} was not done: please do it again once the connection is back.</source>
        <translation>Det, der blev scannet eller trykket kl. {time}, blev ikke udført: gør det igen, når forbindelsen er tilbage.</translation>
    </message>
</context>
<context>
    <name>DeparturesImport</name>
    <message>
        <source>The departures could not be imported: an unexpected error (see the desk&apos;s log).</source>
        <translation>Afgangene kunne ikke importeres: en uventet fejl (se skrankens log).</translation>
    </message>
</context>
<context>
    <name>DeskForm</name>
    <message>
        <source>Scan a boarding pass, or type a guest&apos;s name or flight</source>
        <translation>Scan et boardingkort, eller skriv gæstens navn eller fly</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Scan</translation>
    </message>
    <message>
        <source>Manual entry…</source>
        <translation>Manuel indtastning…</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Område</translation>
    </message>
    <message>
        <source>Attendant</source>
        <translation>Tjener</translation>
    </message>
    <message>
        <source>Card in</source>
        <translation>Kort på</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Med</translation>
    </message>
    <message>
        <source>Their name</source>
        <translation>Ledsagerens navn</translation>
    </message>
    <message>
        <source>A companion&apos;s name, then +; or scan their pass with the button below.</source>
        <translation>Skriv en ledsagers navn og tryk +, eller scan ledsagerens boardingkort med knappen nedenfor.</translation>
    </message>
    <message>
        <source>Add companion</source>
        <translation>Tilføj ledsager</translation>
    </message>
    <message>
        <source>The next pass scanned joins this guest&apos;s party; then scans are new guests again.</source>
        <translation>Det næste boardingkort, du scanner, kommer med i gæstens selskab; derefter er scanninger nye gæster igen.</translation>
    </message>
    <message>
        <source>Tap ✕ to take a companion out of the party.</source>
        <translation>Tryk på ✕ for at tage en ledsager ud af selskabet.</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Tjek ind</translation>
    </message>
    <message>
        <source>Manager exception…</source>
        <translation>Undtagelse fra vagthavende leder…</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>Venteliste</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Ryd</translation>
    </message>
    <message>
        <source>Preview card</source>
        <translation>Vis kort</translation>
    </message>
    <message>
        <source>Print card</source>
        <translation>Udskriv kort</translation>
    </message>
    <message>
        <source>In the lounge</source>
        <translation>I loungen</translation>
    </message>
    <message>
        <source>Find by name or flight</source>
        <translation>Søg på navn eller fly</translation>
    </message>
    <message>
        <source>Feedback…</source>
        <translation>Feedback…</translation>
    </message>
    <message>
        <source>Check out…</source>
        <translation>Tjek ud…</translation>
    </message>
</context>
<context>
    <name>DeskScreen</name>
    <message>
        <source>waiting</source>
        <translation>venter</translation>
    </message>
    <message>
        <source>Invited guest, no flight</source>
        <translation>Inviteret gæst, uden fly</translation>
    </message>
    <message>
        <source>First visit: welcome them to the lounge.</source>
        <translation>Første besøg: byd gæsten velkommen i loungen.</translation>
    </message>
    <message>
        <source>🎂 Birthday today!</source>
        <translation>🎂 Fødselsdag i dag!</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier visit</source>
        <translation>
            <numerusform>%n tidligere besøg</numerusform>
            <numerusform>%n tidligere besøg</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier visits</source>
        <translation>
            <numerusform>%n tidligere besøg</numerusform>
            <numerusform>%n tidligere besøg</numerusform>
        </translation>
    </message>
    <message>
        <source>First visit here</source>
        <translation>Første besøg her</translation>
    </message>
    <message>
        <source>No earlier visits</source>
        <translation>Ingen tidligere besøg</translation>
    </message>
    <message numerus="yes">
        <source>%n visit</source>
        <translation>
            <numerusform>%n besøg</numerusform>
            <numerusform>%n besøg</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visits</source>
        <translation>
            <numerusform>%n besøg</numerusform>
            <numerusform>%n besøg</numerusform>
        </translation>
    </message>
    <message>
        <source>Paid entry</source>
        <translation>Betalt adgang</translation>
    </message>
    <message>
        <source>Already checked in: the visit is selected in the list.</source>
        <translation>Allerede tjekket ind: besøget er valgt på listen.</translation>
    </message>
    <message>
        <source>Offer paid entry, or ask a duty manager for an exception.</source>
        <translation>Tilbyd betalt adgang, eller bed en vagthavende leder om en undtagelse.</translation>
    </message>
    <message>
        <source>The lounge is full for this party: offer the waiting list (F4).</source>
        <translation>Loungen er fuld til dette selskab: tilbyd ventelisten (F4).</translation>
    </message>
    <message>
        <source>Press Enter to check in, or pick a space and attendant first.</source>
        <translation>Tryk Enter for at tjekke ind, eller vælg først område og tjener.</translation>
    </message>
    <message>
        <source>Best free space</source>
        <translation>Bedste ledige område</translation>
    </message>
    <message>
        <source>Least busy attendant</source>
        <translation>Mindst travle tjener</translation>
    </message>
    <message>
        <source>Looking for “{text}” among the guests in the lounge.</source>
        <translation>Søger efter “{text}” blandt gæsterne i loungen.</translation>
    </message>
    <message>
        <source>Paid entry · {price}</source>
        <translation>Betalt adgang · {price}</translation>
    </message>
    <message>
        <source>seat {seat}</source>
        <translation>sæde {seat}</translation>
    </message>
    <message numerus="yes">
        <source>⚠ Boarding was due to begin at {time} (assumed), %n minute ago: the guest should go to the gate now.</source>
        <translation>
            <numerusform>⚠ Boarding skulle begynde kl. {time} (anslået), for %n minut siden: gæsten bør gå til gaten nu.</numerusform>
            <numerusform>⚠ Boarding skulle begynde kl. {time} (anslået), for %n minutter siden: gæsten bør gå til gaten nu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ Boarding was due to begin at {time} (assumed), %n minutes ago: the guest should go to the gate now.</source>
        <translation>
            <numerusform>⚠ Boarding skulle begynde kl. {time} (anslået), for %n minut siden: gæsten bør gå til gaten nu.</numerusform>
            <numerusform>⚠ Boarding skulle begynde kl. {time} (anslået), for %n minutter siden: gæsten bør gå til gaten nu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ Boarding began at {time}, %n minute ago: the guest should go to the gate now.</source>
        <translation>
            <numerusform>⚠ Boarding begyndte kl. {time}, for %n minut siden: gæsten bør gå til gaten nu.</numerusform>
            <numerusform>⚠ Boarding begyndte kl. {time}, for %n minutter siden: gæsten bør gå til gaten nu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ Boarding began at {time}, %n minutes ago: the guest should go to the gate now.</source>
        <translation>
            <numerusform>⚠ Boarding begyndte kl. {time}, for %n minut siden: gæsten bør gå til gaten nu.</numerusform>
            <numerusform>⚠ Boarding begyndte kl. {time}, for %n minutter siden: gæsten bør gå til gaten nu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Frequent flyer: {programme}</source>
        <translation>Bonusprogram: {programme}</translation>
    </message>
    <message>
        <source>⚠ Complained last time ({category})</source>
        <translation>⚠ Klagede sidst ({category})</translation>
    </message>
    <message>
        <source>, last on {day}</source>
        <translation>, senest {day}</translation>
    </message>
    <message>
        <source>also visited our {lounge} ({visits}, last on {day})</source>
        <translation>har også besøgt vores {lounge} ({visits}, senest {day})</translation>
    </message>
    <message>
        <source>Prefers: {preferences}</source>
        <translation>Foretrækker: {preferences}</translation>
    </message>
    <message>
        <source>⚠ Also checked in at {lounge} since {since}</source>
        <translation>⚠ Også tjekket ind i {lounge} siden {since}</translation>
    </message>
    <message>
        <source>Not eligible: {reason}</source>
        <translation>Ingen adgangsret: {reason}</translation>
    </message>
    <message>
        <source>Welcome: {reason}</source>
        <translation>Velkommen: {reason}</translation>
    </message>
    <message>
        <source>Companions: {free} free</source>
        <translation>Ledsagere: {free} gratis</translation>
    </message>
    <message>
        <source>, {paid} at {price} each</source>
        <translation>, {paid} à {price}</translation>
    </message>
    <message>
        <source>Scan the main guest&apos;s pass first.</source>
        <translation>Scan først hovedgæstens boardingkort.</translation>
    </message>
    <message>
        <source>Scan the companion&apos;s pass now: it joins the party of {name}.</source>
        <translation>Scan ledsagerens boardingkort nu: ledsageren kommer med i {name}s selskab.</translation>
    </message>
    <message>
        <source>Companion added: {name} — party of {count}</source>
        <translation>Ledsager tilføjet: {name} — selskab på {count}</translation>
    </message>
    <message>
        <source>Companion removed: {name} — party of {count}</source>
        <translation>Ledsager fjernet: {name} — selskab på {count}</translation>
    </message>
    <message>
        <source>Party of {count}:</source>
        <translation>Selskab på {count}:</translation>
    </message>
    <message numerus="yes">
        <source>{name} has been waiting %n minute for a space like {space}. Parties waiting for it: {parties}. Seat the longest waiter first?</source>
        <translation>
            <numerusform>{name} har ventet %n minut på et område som {space}. Selskaber, der venter på det: {parties}. Anvis plads til den, der har ventet længst, først?</numerusform>
            <numerusform>{name} har ventet %n minutter på et område som {space}. Selskaber, der venter på det: {parties}. Anvis plads til den, der har ventet længst, først?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} has been waiting %n minutes for a space like {space}. Parties waiting for it: {parties}. Seat the longest waiter first?</source>
        <translation>
            <numerusform>{name} har ventet %n minut på et område som {space}. Selskaber, der venter på det: {parties}. Anvis plads til den, der har ventet længst, først?</numerusform>
            <numerusform>{name} har ventet %n minutter på et område som {space}. Selskaber, der venter på det: {parties}. Anvis plads til den, der har ventet længst, først?</numerusform>
        </translation>
    </message>
    <message>
        <source>Seat {name} first</source>
        <translation>Anvis plads til {name} først</translation>
    </message>
    <message>
        <source>{waiter} is seated in {space}. Now check in {name}, or put them on the waiting list (F4).</source>
        <translation>{waiter} har fået plads i {space}. Tjek nu {name} ind, eller sæt gæsten på ventelisten (F4).</translation>
    </message>
    <message>
        <source>, with {attendant}</source>
        <translation>, hos {attendant}</translation>
    </message>
    <message>
        <source>{name} is checked in: {where}.</source>
        <translation>{name} er tjekket ind: {where}.</translation>
    </message>
    <message>
        <source>{name} is on the waiting list (waiting for: {wanted}); the board watches the wait.</source>
        <translation>{name} er på ventelisten (venter på: {wanted}); tavlen holder øje med ventetiden.</translation>
    </message>
    <message>
        <source>Welcome card for {name}</source>
        <translation>Velkomstkort til {name}</translation>
    </message>
    <message>
        <source>{boarding} The card shows a boarding time that has passed.</source>
        <translation>{boarding} Kortet viser en boardingtid, der er passeret.</translation>
    </message>
    <message>
        <source>Welcome card sent to {printer}.</source>
        <translation>Velkomstkortet er sendt til {printer}.</translation>
    </message>
    <message>
        <source>Cancel companion scan</source>
        <translation>Annuller scanning af ledsager</translation>
    </message>
    <message>
        <source>English</source>
        <translation>engelsk</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>kinesisk</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Dansk</translation>
    </message>
    <message>
        <source>German</source>
        <translation>tysk</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>arabisk</translation>
    </message>
    <message>
        <source>Scan companion&apos;s pass</source>
        <translation>Scan ledsagers boardingkort</translation>
    </message>
    <message>
        <source>Guests are waiting</source>
        <translation>Gæster venter</translation>
    </message>
    <message>
        <source>Check in anyway</source>
        <translation>Tjek ind alligevel</translation>
    </message>
    <message>
        <source>A duty manager may let this guest in as an exception.</source>
        <translation>En vagthavende leder kan lukke gæsten ind som en undtagelse.</translation>
    </message>
    <message>
        <source>Select the guest to check out in the list.</source>
        <translation>Vælg gæsten, der skal tjekkes ud, på listen.</translation>
    </message>
    <message>
        <source>Checked out. Thank the guest and wish them a good flight.</source>
        <translation>Tjekket ud. Tak gæsten, og ønsk god rejse.</translation>
    </message>
    <message>
        <source>Welcome card</source>
        <translation>Velkomstkort</translation>
    </message>
    <message>
        <source>Boarding has begun</source>
        <translation>Boarding er begyndt</translation>
    </message>
    <message>
        <source>Print it anyway?</source>
        <translation>Udskriv alligevel?</translation>
    </message>
    <message>
        <source>Card not printed: boarding has begun.</source>
        <translation>Kortet er ikke udskrevet: boarding er begyndt.</translation>
    </message>
    <message>
        <source>Card not printed</source>
        <translation>Kortet er ikke udskrevet</translation>
    </message>
    <message>
        <source>the printer</source>
        <translation>printeren</translation>
    </message>
    <message>
        <source>Ready for the next guest</source>
        <translation>Klar til næste gæst</translation>
    </message>
    <message>
        <source>Scan a boarding pass. F2: manual entry · Esc: clear</source>
        <translation>Scan et boardingkort. F2: manuel indtastning · Esc: ryd</translation>
    </message>
</context>
<context>
    <name>DeskStatusBar</name>
    <message>
        <source>Nobody signed in</source>
        <translation>Ingen er logget ind</translation>
    </message>
    <message>
        <source>{name} · {role} (locked)</source>
        <translation>{name} · {role} (låst)</translation>
    </message>
    <message>
        <source>{seated} of {capacity} seats taken ({percent}%)</source>
        <translation>{seated} af {capacity} pladser optaget ({percent} %)</translation>
    </message>
    <message>
        <source>{count} waiting</source>
        <translation>{count} venter</translation>
    </message>
</context>
<context>
    <name>EraseGuestForm</name>
    <message>
        <source>Erase a guest</source>
        <translation>Slet en gæst</translation>
    </message>
    <message>
        <source>When a guest asks to be forgotten, find them here and erase their personal data. Booking references are never kept, so search by name or by the last four characters of the frequent-flyer number.</source>
        <translation>Når en gæst beder om at blive glemt, så find gæsten her og slet personoplysningerne. Bookingreferencer gemmes aldrig, så søg på navn eller på de sidste fire tegn i bonusnummeret.</translation>
    </message>
    <message>
        <source>Name or frequent-flyer number</source>
        <translation>Navn eller bonusnummer</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>Choose a guest in the list</source>
        <translation>Vælg en gæst på listen</translation>
    </message>
    <message>
        <source>Erasing removes their name, frequent-flyer number, birthday, preferences and notes, the words of their complaints, and their name wherever it was written. The visits and complaints stay in the reports&apos; counts, without anything that names them. This cannot be undone.</source>
        <translation>Sletning fjerner gæstens navn, bonusnummer, fødselsdag, præferencer og noter, ordlyden af gæstens klager og navnet alle steder, det er skrevet. Besøg og klager tæller stadig med i rapporterne, uden noget der navngiver gæsten. Det kan ikke fortrydes.</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>Hvorfor?</translation>
    </message>
    <message>
        <source>Your PIN, to confirm</source>
        <translation>Din pinkode, for at bekræfte</translation>
    </message>
    <message>
        <source>Erase this guest</source>
        <translation>Slet denne gæst</translation>
    </message>
</context>
<context>
    <name>EraseGuestScreen</name>
    <message>
        <source>No guest on file matches. Erased guests are not listed.</source>
        <translation>Ingen gæst i kartoteket passer. Slettede gæster vises ikke.</translation>
    </message>
    <message>
        <source>Choose a guest in the list</source>
        <translation>Vælg en gæst på listen</translation>
    </message>
    <message>
        <source>The guest asked to be forgotten</source>
        <translation>Gæsten har bedt om at blive glemt</translation>
    </message>
    <message>
        <source>A regulator or court requires it</source>
        <translation>En myndighed eller domstol kræver det</translation>
    </message>
    <message>
        <source>The profile should never have existed</source>
        <translation>Profilen skulle aldrig have været oprettet</translation>
    </message>
    <message>
        <source>Only the first {count} are listed: type more of the name.</source>
        <translation>Kun de første {count} vises: skriv mere af navnet.</translation>
    </message>
    <message>
        <source>On file: {history}.</source>
        <translation>I kartoteket: {history}.</translation>
    </message>
    <message numerus="yes">
        <source>%n visit</source>
        <translation>
            <numerusform>%n besøg</numerusform>
            <numerusform>%n besøg</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visits</source>
        <translation>
            <numerusform>%n besøg</numerusform>
            <numerusform>%n besøg</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visit as a companion</source>
        <translation>
            <numerusform>%n besøg som ledsager</numerusform>
            <numerusform>%n besøg som ledsager</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visits as a companion</source>
        <translation>
            <numerusform>%n besøg som ledsager</numerusform>
            <numerusform>%n besøg som ledsager</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feedback item</source>
        <translation>
            <numerusform>%n henvendelse</numerusform>
            <numerusform>%n henvendelser</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feedback items</source>
        <translation>
            <numerusform>%n henvendelse</numerusform>
            <numerusform>%n henvendelser</numerusform>
        </translation>
    </message>
    <message>
        <source>no visits and no feedback</source>
        <translation>ingen besøg og ingen henvendelser</translation>
    </message>
    <message>
        <source>Choose a guest in the list first.</source>
        <translation>Vælg først en gæst på listen.</translation>
    </message>
    <message>
        <source>Type your PIN to confirm.</source>
        <translation>Skriv din pinkode for at bekræfte.</translation>
    </message>
    <message>
        <source>{name} is erased ({history}). The reports keep their counts, with nothing that names them.</source>
        <translation>{name} er slettet ({history}). Rapporterne beholder deres tal, uden noget der navngiver gæsten.</translation>
    </message>
</context>
<context>
    <name>EscalationNoteDialog</name>
    <message>
        <source>A note for the duty manager</source>
        <translation>En note til vagthavende leder</translation>
    </message>
    <message>
        <source>The duty manager closes this alert. What should they know about {guest}?</source>
        <translation>Vagthavende leder lukker denne alarm. Hvad skal lederen vide om {guest}?</translation>
    </message>
    <message>
        <source>Add the note</source>
        <translation>Tilføj noten</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <source>Log feedback</source>
        <translation>Registrér feedback</translation>
    </message>
    <message>
        <source>Feedback with no guest on record (a call or an email)</source>
        <translation>Feedback uden registreret gæst (et opkald eller en e-mail)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>Nobody in particular</source>
        <translation>Ingen bestemt</translation>
    </message>
    <message>
        <source>What did the guest praise, in their words?</source>
        <translation>Hvad roste gæsten, med gæstens egne ord?</translation>
    </message>
    <message>
        <source>Save and thank</source>
        <translation>Gem og sig tak</translation>
    </message>
    <message>
        <source>Save feedback</source>
        <translation>Gem feedback</translation>
    </message>
    <message>
        <source>Praise recorded and closed. Thank the guest: “Thank you, that is lovely to hear. I will pass it on to the team.”</source>
        <translation>Rosen er registreret og lukket. Sig tak til gæsten: “Tak, det er dejligt at høre. Jeg giver det videre til holdet.”</translation>
    </message>
    <message>
        <source>Please check the fields marked in red.</source>
        <translation>Tjek felterne markeret med rødt.</translation>
    </message>
    <message>
        <source>Wheelchair assistance</source>
        <translation>Kørestolsassistance</translation>
    </message>
    <message>
        <source>Dietary needs</source>
        <translation>Kostbehov</translation>
    </message>
    <message>
        <source>Call before boarding</source>
        <translation>Ring før boarding</translation>
    </message>
    <message>
        <source>Meeting point</source>
        <translation>Mødested</translation>
    </message>
    <message>
        <source>Feedback from {guest}</source>
        <translation>Feedback fra {guest}</translation>
    </message>
    <message>
        <source>Praise recorded and closed. Thank the guest: “Thank you, {guest}, that is lovely to hear. I will pass it on to {colleague}.” Then tell {colleague}.</source>
        <translation>Rosen er registreret og lukket. Sig tak til gæsten: “Tak, {guest}, det er dejligt at høre. Jeg giver det videre til {colleague}.” Fortæl det så til {colleague}.</translation>
    </message>
    <message>
        <source>Praise recorded and closed. Thank the guest: “Thank you, {guest}, that is lovely to hear. I will pass it on to the team.”</source>
        <translation>Rosen er registreret og lukket. Sig tak til gæsten: “Tak, {guest}, det er dejligt at høre. Jeg giver det videre til holdet.”</translation>
    </message>
    <message>
        <source>Praise recorded and closed. Thank the guest: “Thank you, that is lovely to hear. I will pass it on to {colleague}.” Then tell {colleague}.</source>
        <translation>Rosen er registreret og lukket. Sig tak til gæsten: “Tak, det er dejligt at høre. Jeg giver det videre til {colleague}.” Fortæl det så til {colleague}.</translation>
    </message>
    <message>
        <source>Discard this feedback?</source>
        <translation>Kassér denne feedback?</translation>
    </message>
    <message>
        <source>Discard this feedback? What you typed will be lost.</source>
        <translation>Kassér denne feedback? Det, du har skrevet, går tabt.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Kassér</translation>
    </message>
    <message>
        <source>Keep as draft</source>
        <translation>Gem som kladde</translation>
    </message>
    <message>
        <source>Go back to it</source>
        <translation>Gå tilbage til den</translation>
    </message>
</context>
<context>
    <name>FeedbackForm</name>
    <message>
        <source>What is it?</source>
        <translation>Hvad drejer det sig om?</translation>
    </message>
    <message>
        <source>How did it reach us?</source>
        <translation>Hvordan kom det til os?</translation>
    </message>
    <message>
        <source>Special service request</source>
        <translation>Ønske om særlig service</translation>
    </message>
    <message>
        <source>What happened, in the guest&apos;s words?</source>
        <translation>Hvad skete der, med gæstens egne ord?</translation>
    </message>
    <message>
        <source>Let the guest finish; write what they say, as they say it.</source>
        <translation>Lad gæsten tale færdig; skriv det, gæsten siger, som gæsten siger det.</translation>
    </message>
    <message>
        <source>Which colleague did they praise? (optional)</source>
        <translation>Hvilken kollega roste gæsten? (valgfrit)</translation>
    </message>
    <message>
        <source>Your note (optional)</source>
        <translation>Din note (valgfri)</translation>
    </message>
    <message>
        <source>e.g. family of four, box 3</source>
        <translation>f.eks. familie på fire, boks 3</translation>
    </message>
    <message>
        <source>Praise needs no follow-up: it is thanked, recorded and closed when you save it.</source>
        <translation>Ros kræver ingen opfølgning: der siges tak, og den registreres og lukkes, når du gemmer.</translation>
    </message>
    <message>
        <source>What does the guest expect?</source>
        <translation>Hvad forventer gæsten?</translation>
    </message>
    <message>
        <source>Ask: what would put this right for you?</source>
        <translation>Spørg: hvad kan vi gøre for at rette op på det?</translation>
    </message>
    <message>
        <source>Did you apologise?</source>
        <translation>Har du sagt undskyld?</translation>
    </message>
    <message>
        <source>What was done at once?</source>
        <translation>Hvad blev der gjort med det samme?</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Om</translation>
    </message>
    <message>
        <source>How serious?</source>
        <translation>Hvor alvorligt?</translation>
    </message>
    <message>
        <source>Who must act?</source>
        <translation>Hvem skal handle?</translation>
    </message>
    <message>
        <source>What must that department do? (work order, optional)</source>
        <translation>Hvad skal afdelingen gøre? (arbejdsordre, valgfrit)</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>Kompensation</translation>
    </message>
    <message>
        <source>e.g. voucher</source>
        <translation>f.eks. voucher</translation>
    </message>
    <message>
        <source>Promise the guest a follow-up</source>
        <translation>Giv gæsten et løfte om opfølgning</translation>
    </message>
    <message>
        <source>By when?</source>
        <translation>Senest hvornår?</translation>
    </message>
    <message>
        <source>Who keeps it?</source>
        <translation>Hvem holder det?</translation>
    </message>
    <message>
        <source>How will the guest be told?</source>
        <translation>Hvordan får gæsten besked?</translation>
    </message>
    <message>
        <source>e.g. at the desk, phone call to gate B7</source>
        <translation>f.eks. ved skranken, opkald til gate B7</translation>
    </message>
    <message>
        <source>Needs the duty manager now (escalate)</source>
        <translation>Kræver vagthavende leder nu (eskalér)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <source>Save feedback</source>
        <translation>Gem feedback</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>VIP Desk — set up another lounge</source>
        <translation>VIP Desk — opret endnu en lounge</translation>
    </message>
    <message>
        <source>VIP Desk — set up your lounge</source>
        <translation>VIP Desk — opret din lounge</translation>
    </message>
    <message>
        <source>Language of the lounge</source>
        <translation>Loungens sprog</translation>
    </message>
    <message>
        <source>The language the sign-in screen speaks, and that of staff who have not chosen their own there. You can change it later in Settings.</source>
        <translation>Det sprog, log ind-skærmen taler, og som medarbejdere får, der ikke selv har valgt et der. Du kan ændre det senere under Indstillinger.</translation>
    </message>
    <message>
        <source>Set up another lounge</source>
        <translation>Opret endnu en lounge</translation>
    </message>
    <message>
        <source>A new lounge in this database, with its own administrator and staff. This desk keeps serving its own lounge; it serves the new one only if you choose it in Settings → This desk.</source>
        <translation>En ny lounge i denne database med egen administrator og egne medarbejdere. Skranken betjener fortsat sin egen lounge; den betjener kun den nye, hvis du vælger den under Indstillinger → Denne skranke.</translation>
    </message>
    <message>
        <source>Its administrator&apos;s full name</source>
        <translation>Administratorens fulde navn</translation>
    </message>
    <message>
        <source>Set up the lounge</source>
        <translation>Opret loungen</translation>
    </message>
    <message>
        <source>%1 to %2 digits</source>
        <translation>%1 til %2 cifre</translation>
    </message>
    <message>
        <source>Type a city, e.g. Copenhagen</source>
        <translation>Skriv en by, f.eks. Copenhagen</translation>
    </message>
    <message>
        <source>New box</source>
        <translation>Ny boks</translation>
    </message>
    <message>
        <source>Lobby</source>
        <translation>Lobby</translation>
    </message>
    <message>
        <source>Box {number}</source>
        <translation>Boks {number}</translation>
    </message>
    <message>
        <source>VIP Room {number}</source>
        <translation>VIP-rum {number}</translation>
    </message>
    <message>
        <source>The two PINs differ. Please type them again.</source>
        <translation>De to pinkoder er forskellige. Tast dem igen.</translation>
    </message>
</context>
<context>
    <name>FirstRunForm</name>
    <message>
        <source>Welcome to VIP Desk</source>
        <translation>Velkommen til VIP Desk</translation>
    </message>
    <message>
        <source>Tell us about your lounge. You can change all of this later in Settings.</source>
        <translation>Fortæl os om din lounge. Du kan ændre det hele senere under Indstillinger.</translation>
    </message>
    <message>
        <source>Lounge name</source>
        <translation>Loungens navn</translation>
    </message>
    <message>
        <source>e.g. Aurora Lounge</source>
        <translation>f.eks. Aurora Lounge</translation>
    </message>
    <message>
        <source>Airport (IATA)</source>
        <translation>Lufthavn (IATA)</translation>
    </message>
    <message>
        <source>e.g. CPH</source>
        <translation>f.eks. CPH</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Tidszone</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Your full name</source>
        <translation>Dit fulde navn</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Pinkode</translation>
    </message>
    <message>
        <source>6 to 12 digits</source>
        <translation>6 til 12 cifre</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>Pinkode igen</translation>
    </message>
    <message>
        <source>Spaces where guests are seated</source>
        <translation>Områder, hvor gæster anvises plads</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Pladser</translation>
    </message>
    <message>
        <source>Add space</source>
        <translation>Tilføj område</translation>
    </message>
    <message>
        <source>Remove space</source>
        <translation>Fjern område</translation>
    </message>
    <message>
        <source>Back to Settings</source>
        <translation>Tilbage til indstillinger</translation>
    </message>
    <message>
        <source>Open the lounge</source>
        <translation>Åbn loungen</translation>
    </message>
</context>
<context>
    <name>FlightDialog</name>
    <message>
        <source>Flight</source>
        <translation>Fly</translation>
    </message>
    <message>
        <source>Departure (HH:MM)</source>
        <translation>Afgang (TT:MM)</translation>
    </message>
    <message>
        <source>Gate</source>
        <translation>Gate</translation>
    </message>
    <message>
        <source>Boarding (HH:MM)</source>
        <translation>Boardingtid (TT:MM)</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Edit flight</source>
        <translation>Redigér fly</translation>
    </message>
    <message>
        <source>Add a flight</source>
        <translation>Tilføj et fly</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Gem</translation>
    </message>
</context>
<context>
    <name>GuestReport</name>
    <message>
        <source>Daily guest report</source>
        <translation>Daglig gæsterapport</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Ind</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Ud</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Gæst</translation>
    </message>
    <message>
        <source>Flight</source>
        <translation>Fly</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Rute</translation>
    </message>
    <message>
        <source>Cabin</source>
        <translation>Kabineklasse</translation>
    </message>
    <message>
        <source>Entitlement</source>
        <translation>Adgangsret</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Område</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Selskab</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Ophold</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>Ventetid</translation>
    </message>
    <message>
        <source>{date} · a day of {hours} in {zone}</source>
        <translation>{date} · en dag på {hours} i {zone}</translation>
    </message>
    <message>
        <source>{n} hour</source>
        <translation>{n} time</translation>
    </message>
    <message>
        <source>{n} hours</source>
        <translation>{n} timer</translation>
    </message>
    <message>
        <source>No guests visited the lounge on this day.</source>
        <translation>Ingen gæster besøgte loungen denne dag.</translation>
    </message>
    <message>
        <source>No visit began between local midnight and the next; there are no figures to report.</source>
        <translation>Intet besøg begyndte mellem lokal midnat og den næste; der er ingen tal at rapportere.</translation>
    </message>
    <message>
        <source>guests (everyone in each party)</source>
        <translation>gæster (alle i hvert selskab)</translation>
    </message>
    <message>
        <source>parties (visits checked in)</source>
        <translation>selskaber (indtjekkede besøg)</translation>
    </message>
    <message>
        <source>most at once, {hours}</source>
        <translation>flest på én gang, {hours}</translation>
    </message>
    <message>
        <source>most at once</source>
        <translation>flest på én gang</translation>
    </message>
    <message>
        <source>seats in the lounge</source>
        <translation>pladser i loungen</translation>
    </message>
    <message>
        <source>average stay</source>
        <translation>gennemsnitligt ophold</translation>
    </message>
    <message>
        <source>longest stay</source>
        <translation>længste ophold</translation>
    </message>
    <message>
        <source>waits of {minutes} min or more</source>
        <translation>ventetider på {minutes} min eller mere</translation>
    </message>
    <message>
        <source>average of {ratings}</source>
        <translation>gennemsnit af {ratings}</translation>
    </message>
    <message>
        <source>{n} rating</source>
        <translation>{n} bedømmelse</translation>
    </message>
    <message>
        <source>{n} ratings</source>
        <translation>{n} bedømmelser</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Selskaber</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Gæster</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Andel</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>I alt</translation>
    </message>
    <message>
        <source>Who came</source>
        <translation>Hvem kom</translation>
    </message>
    <message>
        <source>Guests count everyone who came in; parties count visits (a guest and the people who came in with them).</source>
        <translation>Gæster tæller alle, der kom ind; selskaber tæller besøg (en gæst og dem, der kom ind sammen med gæsten).</translation>
    </message>
    <message>
        <source>Airline</source>
        <translation>Flyselskab</translation>
    </message>
    <message>
        <source>Peak: {guests} at once, {hours}, against {seats} seats.</source>
        <translation>Spidsbelastning: {guests} på én gang, {hours}, mod {seats} pladser.</translation>
    </message>
    <message>
        <source>{n} guest</source>
        <translation>{n} gæst</translation>
    </message>
    <message>
        <source>{n} guests</source>
        <translation>{n} gæster</translation>
    </message>
    <message>
        <source>Nobody was in the lounge.</source>
        <translation>Der var ingen i loungen.</translation>
    </message>
    <message>
        <source>Occupancy by hour</source>
        <translation>Belægning time for time</translation>
    </message>
    <message>
        <source>The most guests in the lounge at one time in each hour (local time). {peak}</source>
        <translation>Det højeste antal gæster i loungen på én gang i hver time (lokal tid). {peak}</translation>
    </message>
    <message>
        <source>hour of the day (local time)</source>
        <translation>time på dagen (lokal tid)</translation>
    </message>
    <message>
        <source>busiest hour</source>
        <translation>travleste time</translation>
    </message>
    <message>
        <source>{n} seat</source>
        <translation>{n} plads</translation>
    </message>
    <message>
        <source>{n} seats</source>
        <translation>{n} pladser</translation>
    </message>
    <message>
        <source>Average stay {average} and longest {longest}, over the {parties} who checked out;</source>
        <translation>Gennemsnitligt ophold {average} og længste {longest} for de {parties}, der tjekkede ud;</translation>
    </message>
    <message>
        <source>{parties} had not checked out when this report was printed.</source>
        <translation>{parties} havde ikke tjekket ud, da rapporten blev udskrevet.</translation>
    </message>
    <message>
        <source>every party had checked out when this report was printed.</source>
        <translation>alle selskaber havde tjekket ud, da rapporten blev udskrevet.</translation>
    </message>
    <message>
        <source>Stays and waits</source>
        <translation>Ophold og ventetider</translation>
    </message>
    <message>
        <source>No guest waited {minutes} minutes or more.</source>
        <translation>Ingen gæst ventede {minutes} minutter eller mere.</translation>
    </message>
    <message>
        <source>{waits} reached the fatigue threshold of {minutes} minutes; the longest lasted {longest}. Alerts answered within {escalate} minutes: {in_time}; answered late: {late}; never answered: {never}.</source>
        <translation>{waits} nåede ventetidsalarmens grænse på {minutes} minutter; den længste varede {longest}. Alarmer besvaret inden for {escalate} minutter: {in_time}; besvaret for sent: {late}; aldrig besvaret: {never}.</translation>
    </message>
    <message>
        <source>{n} wait</source>
        <translation>{n} ventetid</translation>
    </message>
    <message>
        <source>{n} waits</source>
        <translation>{n} ventetider</translation>
    </message>
    <message>
        <source>in time</source>
        <translation>i tide</translation>
    </message>
    <message>
        <source>late</source>
        <translation>for sent</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>ikke besvaret</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Hvorfor</translation>
    </message>
    <message>
        <source>Waited</source>
        <translation>Ventede</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Besvaret</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>Besvaret af</translation>
    </message>
    <message>
        <source>In time?</source>
        <translation>I tide?</translation>
    </message>
    <message>
        <source>Exceptions granted by duty managers</source>
        <translation>Undtagelser godkendt af vagthavende ledere</translation>
    </message>
    <message>
        <source>No exceptions were granted.</source>
        <translation>Der blev ikke godkendt nogen undtagelser.</translation>
    </message>
    <message>
        <source>{parties} ({guests}) came in on a duty manager&apos;s exception.</source>
        <translation>{parties} ({guests}) kom ind på en undtagelse godkendt af vagthavende leder.</translation>
    </message>
    <message>
        <source>Granted by</source>
        <translation>Godkendt af</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Tilfredshed</translation>
    </message>
    <message>
        <source>No guest gave a rating.</source>
        <translation>Ingen gæst gav en bedømmelse.</translation>
    </message>
    <message>
        <source>{ratings}, average {average} out of 5 ({share} of parties rated their visit).</source>
        <translation>{ratings}, gennemsnit {average} ud af 5 ({share} af selskaberne bedømte deres besøg).</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Bedømmelse</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Bedømmelser</translation>
    </message>
    <message>
        <source>{n} party</source>
        <translation>{n} selskab</translation>
    </message>
    <message>
        <source>{n} parties</source>
        <translation>{n} selskaber</translation>
    </message>
    <message>
        <source>Every visit</source>
        <translation>Alle besøg</translation>
    </message>
    <message>
        <source>{visits} in order of arrival; times are local. Waits of {minutes} minutes or more are in red; “+1d” marks a time after midnight.</source>
        <translation>{visits} i ankomstrækkefølge; tiderne er lokale. Ventetider på {minutes} minutter eller mere er røde; “+1d” markerer et tidspunkt efter midnat.</translation>
    </message>
    <message>
        <source>{n} visit</source>
        <translation>{n} besøg</translation>
    </message>
    <message>
        <source>{n} visits</source>
        <translation>{n} besøg</translation>
    </message>
    <message>
        <source>in lounge</source>
        <translation>i loungen</translation>
    </message>
</context>
<context>
    <name>GuestTableModel</name>
    <message>
        <source>Guest</source>
        <translation>Gæst</translation>
    </message>
    <message>
        <source>Frequent flyer</source>
        <translation>Bonusnummer</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Besøg</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Seneste besøg</translation>
    </message>
</context>
<context>
    <name>HandoverForm</name>
    <message>
        <source>Shift and handover</source>
        <translation>Vagt og vagtoverdragelse</translation>
    </message>
    <message>
        <source>Start my shift</source>
        <translation>Start min vagt</translation>
    </message>
    <message>
        <source>End shift and write handover</source>
        <translation>Afslut vagten og skriv vagtoverdragelsen</translation>
    </message>
    <message>
        <source>Shift diary</source>
        <translation>Vagtdagbog</translation>
    </message>
    <message>
        <source>What should the next shift know?</source>
        <translation>Hvad skal næste vagt vide?</translation>
    </message>
    <message>
        <source>Add to diary</source>
        <translation>Føj til dagbogen</translation>
    </message>
    <message>
        <source>Handover</source>
        <translation>Vagtoverdragelse</translation>
    </message>
    <message>
        <source>Print handover…</source>
        <translation>Udskriv vagtoverdragelse…</translation>
    </message>
    <message>
        <source>Read and acknowledge</source>
        <translation>Læst og kvitteret</translation>
    </message>
</context>
<context>
    <name>HandoverPdf</name>
    <message>
        <source>Shift handover</source>
        <translation>Vagtoverdragelse</translation>
    </message>
    <message>
        <source>Shift handover. Contains guests&apos; personal data: keep it at the desk and dispose of it securely.</source>
        <translation>Vagtoverdragelse. Indeholder gæsters personoplysninger: opbevar den ved skranken, og bortskaf den sikkert.</translation>
    </message>
    <message>
        <source>{staff} · {start} to {end} · {day}</source>
        <translation>{staff} · {start} til {end} · {day}</translation>
    </message>
    <message>
        <source>guests in the lounge</source>
        <translation>gæster i loungen</translation>
    </message>
    <message>
        <source>waiting now</source>
        <translation>venter nu</translation>
    </message>
    <message>
        <source>open items</source>
        <translation>åbne sager</translation>
    </message>
    <message>
        <source>promises overdue</source>
        <translation>løfter overskredet</translation>
    </message>
    <message>
        <source>work orders pending</source>
        <translation>arbejdsordrer venter</translation>
    </message>
    <message>
        <source>Read and acknowledged by</source>
        <translation>Læst og kvitteret af</translation>
    </message>
    <message>
        <source>at</source>
        <translation>kl.</translation>
    </message>
    <message>
        <source>Promises and open items</source>
        <translation>Løfter og åbne sager</translation>
    </message>
    <message>
        <source>Nothing open: no complaints, requests or promises.</source>
        <translation>Intet åbent: ingen klager, ønsker eller løfter.</translation>
    </message>
    <message>
        <source>no guest on record</source>
        <translation>ingen gæst registreret</translation>
    </message>
    <message>
        <source>ESCALATED</source>
        <translation>ESKALERET</translation>
    </message>
    <message>
        <source>OVERDUE promise</source>
        <translation>OVERSKREDET løfte</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Løfte</translation>
    </message>
    <message>
        <source>by {due}, {owner}: {how}</source>
        <translation>senest {due}, {owner}: {how}</translation>
    </message>
    <message>
        <source>{n} work order pending</source>
        <translation>{n} arbejdsordre venter</translation>
    </message>
    <message>
        <source>{n} work orders pending</source>
        <translation>{n} arbejdsordrer venter</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Hos</translation>
    </message>
    <message>
        <source>logged {time}</source>
        <translation>registreret {time}</translation>
    </message>
    <message>
        <source>(full text in VIP Desk, item #{number})</source>
        <translation>(hele teksten i VIP Desk, sag #{number})</translation>
    </message>
    <message>
        <source>Expects</source>
        <translation>Forventer</translation>
    </message>
    <message>
        <source>Pending work orders</source>
        <translation>Ventende arbejdsordrer</translation>
    </message>
    <message>
        <source>No work orders pending.</source>
        <translation>Ingen arbejdsordrer venter.</translation>
    </message>
    <message>
        <source>#{order} (item #{item})</source>
        <translation>#{order} (sag #{item})</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordre</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Hvad der skal gøres</translation>
    </message>
    <message>
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Siden</translation>
    </message>
    <message>
        <source>Guests waiting</source>
        <translation>Gæster der venter</translation>
    </message>
    <message>
        <source>Nobody is waiting.</source>
        <translation>Ingen venter.</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Gæst</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Hvorfor</translation>
    </message>
    <message>
        <source>Wants</source>
        <translation>Ønsker</translation>
    </message>
    <message>
        <source>Waited</source>
        <translation>Ventet</translation>
    </message>
    <message>
        <source>Guests in the lounge</source>
        <translation>Gæster i loungen</translation>
    </message>
    <message>
        <source>The lounge is empty.</source>
        <translation>Loungen er tom.</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Selskab</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Område</translation>
    </message>
    <message>
        <source>Flight</source>
        <translation>Fly</translation>
    </message>
    <message>
        <source>Boards</source>
        <translation>Boarding</translation>
    </message>
    <message>
        <source>Attendant</source>
        <translation>Tjener</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Ankom</translation>
    </message>
    <message>
        <source>Diary</source>
        <translation>Dagbog</translation>
    </message>
    <message>
        <source>No diary entries this shift.</source>
        <translation>Ingen dagbogsnotater i denne vagt.</translation>
    </message>
</context>
<context>
    <name>HandoverScreen</name>
    <message>
        <source>You have not started a shift. Start it to write the diary.</source>
        <translation>Du har ikke startet en vagt. Start den for at skrive i dagbogen.</translation>
    </message>
    <message>
        <source>{name}, your shift started at {time}.</source>
        <translation>{name}, din vagt startede {time}.</translation>
    </message>
    <message>
        <source>Your shift has started.</source>
        <translation>Din vagt er startet.</translation>
    </message>
    <message>
        <source>Added to the diary.</source>
        <translation>Føjet til dagbogen.</translation>
    </message>
    <message>
        <source>Your shift has ended and the handover is written. Print it, or leave it for the next shift to read here.</source>
        <translation>Din vagt er slut, og vagtoverdragelsen er skrevet. Udskriv den, eller lad den ligge her, så næste vagt kan læse den.</translation>
    </message>
    <message>
        <source>Handover acknowledged.</source>
        <translation>Vagtoverdragelsen er kvitteret.</translation>
    </message>
    <message>
        <source>Shift handover</source>
        <translation>Vagtoverdragelse</translation>
    </message>
    <message>
        <source>Handover</source>
        <translation>Vagtoverdragelse</translation>
    </message>
    <message>
        <source>No handover is waiting. When you end your shift, the handover for the next shift is written here.</source>
        <translation>Ingen vagtoverdragelse venter. Når du afslutter din vagt, skrives vagtoverdragelsen til næste vagt her.</translation>
    </message>
    <message>
        <source>Handover from {name}, {start} to {end}</source>
        <translation>Vagtoverdragelse fra {name}, {start} til {end}</translation>
    </message>
    <message>
        <source>Read and acknowledged by {name} at {time}.</source>
        <translation>Læst og kvitteret af {name} kl. {time}.</translation>
    </message>
    <message>
        <source>Promise due {due}, {owner}: {how}</source>
        <translation>Løfte senest {due}, {owner}: {how}</translation>
    </message>
    <message>
        <source>{guest}, {minutes} min, {reason}</source>
        <translation>{guest}, {minutes} min., {reason}</translation>
    </message>
    <message numerus="yes">
        <source>party of %n</source>
        <translation>
            <numerusform>selskab på %n</numerusform>
            <numerusform>selskab på %n</numerusform>
        </translation>
    </message>
    <message>
        <source>boards {time}</source>
        <translation>boarding {time}</translation>
    </message>
    <message>
        <source>Waiting for the next shift to read it.</source>
        <translation>Venter på, at næste vagt læser den.</translation>
    </message>
    <message>
        <source>Please read it all, then acknowledge.</source>
        <translation>Læs det hele, og kvittér så.</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Ingen.</translation>
    </message>
    <message>
        <source>no guest</source>
        <translation>ingen gæst</translation>
    </message>
    <message>
        <source>(escalated)</source>
        <translation>(eskaleret)</translation>
    </message>
    <message>
        <source>OVERDUE </source>
        <translation>OVERSKREDET </translation>
    </message>
    <message>
        <source>Open complaints and requests</source>
        <translation>Åbne klager og ønsker</translation>
    </message>
    <message>
        <source>Pending work orders</source>
        <translation>Ventende arbejdsordrer</translation>
    </message>
    <message>
        <source>#{order} ({department}, item #{item}, {guest}): {description}</source>
        <translation>#{order} ({department}, sag #{item}, {guest}): {description}</translation>
    </message>
    <message>
        <source>#{order} ({department}, item #{item}): {description}</source>
        <translation>#{order} ({department}, sag #{item}): {description}</translation>
    </message>
    <message>
        <source>Guests waiting</source>
        <translation>Gæster der venter</translation>
    </message>
    <message>
        <source>Guests in the lounge</source>
        <translation>Gæster i loungen</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>venter</translation>
    </message>
    <message>
        <source>Diary</source>
        <translation>Dagbog</translation>
    </message>
</context>
<context>
    <name>Housekeeping</name>
    <message>
        <source>Backup failed: {problem}</source>
        <translation>Sikkerhedskopien mislykkedes: {problem}</translation>
    </message>
    <message>
        <source>Backup failed: an unexpected error (see the desk&apos;s log).</source>
        <translation>Sikkerhedskopien mislykkedes: en uventet fejl (se skrankens log).</translation>
    </message>
    <message>
        <source>The retention job failed: an unexpected error (see the desk&apos;s log).</source>
        <translation>Opbevaringsjobbet mislykkedes: en uventet fejl (se skrankens log).</translation>
    </message>
</context>
<context>
    <name>InLoungeModel</name>
    <message>
        <source>Guest</source>
        <translation>Gæst</translation>
    </message>
    <message>
        <source>Pax</source>
        <translation>Pers.</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Hvor</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Ankom</translation>
    </message>
    <message>
        <source>Flight</source>
        <translation>Fly</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>venter</translation>
    </message>
</context>
<context>
    <name>LoungeChooser</name>
    <message>
        <source>VIP Desk — choose this desk&apos;s lounge</source>
        <translation>VIP Desk — vælg skrankens lounge</translation>
    </message>
</context>
<context>
    <name>LoungeChooserForm</name>
    <message>
        <source>Which lounge does this desk serve?</source>
        <translation>Hvilken lounge betjener denne skranke?</translation>
    </message>
    <message>
        <source>This database holds several lounges. Choose this desk&apos;s lounge once; the desk remembers it. An administrator can change it, or set up another lounge, in Settings → This desk.</source>
        <translation>Databasen rummer flere lounger. Vælg skrankens lounge én gang; skranken husker den. En administrator kan ændre den eller oprette en ny lounge under Indstillinger → Denne skranke.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afslut</translation>
    </message>
    <message>
        <source>Open this lounge</source>
        <translation>Åbn denne lounge</translation>
    </message>
</context>
<context>
    <name>LoungeSettings</name>
    <message>
        <source> min</source>
        <translation> min.</translation>
    </message>
    <message>
        <source>Amber warning after</source>
        <translation>Gult varsel efter</translation>
    </message>
    <message>
        <source>A waiting guest&apos;s row turns amber this long after the wait started: act before the fatigue alert.</source>
        <translation>En ventende gæsts række bliver gul, når ventetiden har varet så længe: grib ind før ventetidsalarmen.</translation>
    </message>
    <message>
        <source>Fatigue alert after</source>
        <translation>Ventetidsalarm efter</translation>
    </message>
    <message>
        <source>The fatigue alert is raised after this long waiting; a guest still waiting this long after it was acknowledged is the duty manager&apos;s.</source>
        <translation>Ventetidsalarmen lyder efter så lang ventetid; venter gæsten stadig så længe efter, at alarmen er kvitteret, overgår gæsten til vagthavende leder.</translation>
    </message>
    <message>
        <source>Escalate unacknowledged alert after</source>
        <translation>Eskalér ukvitteret alarm efter</translation>
    </message>
    <message>
        <source>A fatigue alert nobody has acknowledged this long after it was due goes to the duty manager.</source>
        <translation>En ventetidsalarm, som ingen har kvitteret så længe efter, at den skulle, går til vagthavende leder.</translation>
    </message>
    <message>
        <source>Boarding reminder</source>
        <translation>Boardingpåmindelse</translation>
    </message>
    <message>
        <source> min before boarding</source>
        <translation> min. før boarding</translation>
    </message>
    <message>
        <source>Guests whose boarding is this close are shown on the board, to be reminded.</source>
        <translation>Gæster, hvis boarding er så tæt på, vises på tavlen, så de kan blive mindet om det.</translation>
    </message>
    <message>
        <source>Lock the desk when idle for</source>
        <translation>Lås skranken, når den har været ubrugt i</translation>
    </message>
    <message>
        <source>Nothing of one agent&apos;s work stays on screen for the next: an idle desk locks and asks for a PIN.</source>
        <translation>Intet af én receptionists arbejde bliver stående på skærmen til den næste: en ubrugt skranke låses og beder om pinkode.</translation>
    </message>
    <message>
        <source>Keep guests&apos; personal data for</source>
        <translation>Gem gæsters persondata i</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dage</translation>
    </message>
    <message>
        <source>After this, a guest&apos;s personal data is anonymised; the reports keep their counts.</source>
        <translation>Derefter anonymiseres en gæsts persondata; rapporterne beholder deres tal.</translation>
    </message>
    <message>
        <source>Back up the database every</source>
        <translation>Tag sikkerhedskopi af databasen hver</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> timer</translation>
    </message>
    <message>
        <source>Hours between scheduled backups of the lounge&apos;s database.</source>
        <translation>Antal timer mellem planlagte sikkerhedskopier af loungens database.</translation>
    </message>
    <message>
        <source>Reports from the command line need a staff PIN</source>
        <translation>Rapporter fra kommandolinjen kræver en medarbejders pinkode</translation>
    </message>
    <message>
        <source>Off for a scheduled report job, which runs unattended. Every run is in the audit trail either way.</source>
        <translation>Slå fra ved planlagte rapportkørsler, der kører uden opsyn. Hver kørsel logføres i revisionssporet uanset hvad.</translation>
    </message>
    <message>
        <source>Backups from the command line need a staff PIN</source>
        <translation>Sikkerhedskopier fra kommandolinjen kræver en medarbejders pinkode</translation>
    </message>
    <message>
        <source>Off for a scheduled backup job, which runs unattended. Every run is in the audit trail either way.</source>
        <translation>Slå fra ved planlagte sikkerhedskopieringer, der kører uden opsyn. Hver kørsel logføres i revisionssporet uanset hvad.</translation>
    </message>
    <message>
        <source>Restores from the command line need an administrator&apos;s PIN</source>
        <translation>Gendannelse fra kommandolinjen kræver en administrators pinkode</translation>
    </message>
    <message>
        <source>A restore replaces every guest&apos;s record: leave this on.</source>
        <translation>En gendannelse erstatter alle gæsters oplysninger: lad den være slået til.</translation>
    </message>
    <message>
        <source>Wi-Fi network</source>
        <translation>Wi-Fi-netværk</translation>
    </message>
    <message>
        <source>Printed on every welcome card.</source>
        <translation>Står på alle velkomstkort.</translation>
    </message>
    <message>
        <source>Wi-Fi password</source>
        <translation>Wi-Fi-adgangskode</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>VIP Desk</source>
        <translation>VIP Desk</translation>
    </message>
    <message>
        <source>Lock desk</source>
        <translation>Lås skranken</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Log ud</translation>
    </message>
    <message>
        <source>Nothing to show for your role.</source>
        <translation>Der er intet at vise for din rolle.</translation>
    </message>
    <message>
        <source>Your PIN no longer meets the PIN rules: please ask an administrator to set a new one in Staff.</source>
        <translation>Din pinkode opfylder ikke længere reglerne for pinkoder: bed en administrator om at give dig en ny under Personale.</translation>
    </message>
    <message>
        <source>You have been signed out: an administrator has changed your account so that you can no longer sign in here.</source>
        <translation>Du er blevet logget ud: en administrator har ændret din konto, så du ikke længere kan logge ind her.</translation>
    </message>
    <message>
        <source>The boarding pass was not read: checking guests in is not part of your role.</source>
        <translation>Boardingkortet blev ikke læst: indtjekning af gæster hører ikke til din rolle.</translation>
    </message>
    <message>
        <source>Closing the desk needs a duty manager or an administrator.</source>
        <translation>Skranken kan kun lukkes af en vagthavende leder eller en administrator.</translation>
    </message>
</context>
<context>
    <name>ManualEntryDialog</name>
    <message>
        <source>Manual entry</source>
        <translation>Manuel indtastning</translation>
    </message>
    <message>
        <source>Mr</source>
        <translation>hr.</translation>
    </message>
    <message>
        <source>Ms</source>
        <translation>fru</translation>
    </message>
    <message>
        <source>Mrs</source>
        <translation>fru</translation>
    </message>
    <message>
        <source>Miss</source>
        <translation>frk.</translation>
    </message>
    <message>
        <source>Dr</source>
        <translation>dr.</translation>
    </message>
    <message>
        <source>Prof</source>
        <translation>prof.</translation>
    </message>
</context>
<context>
    <name>ManualEntryForm</name>
    <message>
        <source>Manual entry</source>
        <translation>Manuel indtastning</translation>
    </message>
    <message>
        <source>For a pass that will not scan, or an invited guest without one. The same checks as a scan apply.</source>
        <translation>Til et boardingkort, der ikke kan scannes, eller en inviteret gæst uden et. Der gælder de samme kontroller som ved scanning.</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Efternavn</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Fornavne</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Frequent-flyer airline</source>
        <translation>Bonusprogrammets flyselskab</translation>
    </message>
    <message>
        <source>Frequent-flyer number</source>
        <translation>Bonusnummer</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Bonusniveau</translation>
    </message>
    <message>
        <source>Lounge membership card</source>
        <translation>Loungemedlemskort</translation>
    </message>
    <message>
        <source>From (airport)</source>
        <translation>Fra (lufthavn)</translation>
    </message>
    <message>
        <source>To (airport)</source>
        <translation>Til (lufthavn)</translation>
    </message>
    <message>
        <source>Airline</source>
        <translation>Flyselskab</translation>
    </message>
    <message>
        <source>Flight number</source>
        <translation>Flynummer</translation>
    </message>
    <message>
        <source>Flight date</source>
        <translation>Flydato</translation>
    </message>
    <message>
        <source>Cabin</source>
        <translation>Kabineklasse</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Sæde</translation>
    </message>
    <message>
        <source>Invited guest (no flight needed)</source>
        <translation>Inviteret gæst (intet fly nødvendigt)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Fortsæt</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>This is not a boarding pass: the booking reference of leg {leg} is not a booking reference (got {value}).</source>
        <translation>Dette er ikke et boardingkort: bookingreferencen på strækning {leg} er ikke en bookingreference (læst: {value}).</translation>
    </message>
    <message>
        <source>This is not a boarding pass: the departure airport of leg {leg} is not an airport code (got {value}).</source>
        <translation>Dette er ikke et boardingkort: afgangslufthavnen på strækning {leg} er ikke en lufthavnskode (læst: {value}).</translation>
    </message>
    <message>
        <source>This is not a boarding pass: the arrival airport of leg {leg} is not an airport code (got {value}).</source>
        <translation>Dette er ikke et boardingkort: ankomstlufthavnen på strækning {leg} er ikke en lufthavnskode (læst: {value}).</translation>
    </message>
    <message>
        <source>This is not a boarding pass: the airline of leg {leg} is not an airline code (got {value}).</source>
        <translation>Dette er ikke et boardingkort: flyselskabet på strækning {leg} er ikke en flyselskabskode (læst: {value}).</translation>
    </message>
    <message>
        <source>This is not a boarding pass: the flight number of leg {leg} is not a flight number (got {value}).</source>
        <translation>Dette er ikke et boardingkort: flynummeret på strækning {leg} er ikke et flynummer (læst: {value}).</translation>
    </message>
    <message>
        <source>This is not a boarding pass: the flight date of leg {leg} is not a day of the year (got {value}).</source>
        <translation>Dette er ikke et boardingkort: flydatoen på strækning {leg} er ikke en dag i året (læst: {value}).</translation>
    </message>
    <message>
        <source>This is not a boarding pass: the cabin of leg {leg} is not a cabin letter (got {value}).</source>
        <translation>Dette er ikke et boardingkort: kabinen på strækning {leg} er ikke et kabinebogstav (læst: {value}).</translation>
    </message>
    <message>
        <source>This is not a boarding pass: the seat of leg {leg} is not a seat number (got {value}).</source>
        <translation>Dette er ikke et boardingkort: sædet på strækning {leg} er ikke et sædenummer (læst: {value}).</translation>
    </message>
    <message>
        <source>This is not a boarding pass: the check-in number of leg {leg} is not a check-in number (got {value}).</source>
        <translation>Dette er ikke et boardingkort: indtjekningsnummeret på strækning {leg} er ikke et indtjekningsnummer (læst: {value}).</translation>
    </message>
    <message>
        <source>This is not a boarding pass: the passenger status of leg {leg} is not a passenger status (got {value}).</source>
        <translation>Dette er ikke et boardingkort: passagerstatus på strækning {leg} er ikke en passagerstatus (læst: {value}).</translation>
    </message>
    <message>
        <source>This boarding pass could not be read. Please enter the details by hand.</source>
        <translation>Boardingkortet kunne ikke læses. Indtast oplysningerne manuelt.</translation>
    </message>
    <message>
        <source>This is not a boarding pass: no text was scanned.</source>
        <translation>Dette er ikke et boardingkort: der blev ikke scannet nogen tekst.</translation>
    </message>
    <message>
        <source>Nothing was scanned: the boarding pass is empty.</source>
        <translation>Der blev ikke scannet noget: boardingkortet er tomt.</translation>
    </message>
    <message>
        <source>This is not one boarding pass: the text has a line break in it (position {position}), as if two scans were read together. Scan one boarding pass at a time.</source>
        <translation>Dette er ikke ét boardingkort: teksten har et linjeskift (position {position}), som om to scanninger blev læst sammen. Scan ét boardingkort ad gangen.</translation>
    </message>
    <message>
        <source>This is not a boarding pass: it contains an invisible control character (code {code} at position {position}). Boarding passes never do; check the scanner&apos;s settings and scan again.</source>
        <translation>Dette er ikke et boardingkort: det indeholder et usynligt kontroltegn (kode {code} på position {position}). Det gør boardingkort aldrig; tjek scannerens indstillinger, og scan igen.</translation>
    </message>
    <message>
        <source>This is not a boarding pass: it contains {character} (position {position}), a character boarding passes never carry. If the printed pass looks fine, check that the scanner&apos;s keyboard layout matches this computer&apos;s.</source>
        <translation>Dette er ikke et boardingkort: det indeholder {character} (position {position}), et tegn som boardingkort aldrig har. Hvis det trykte kort ser fint ud, så tjek, at scannerens tastaturlayout passer til denne computers.</translation>
    </message>
    <message>
        <source>This is not a boarding pass: it should start with &apos;M&apos; (got {value}). Is Caps Lock on?</source>
        <translation>Dette er ikke et boardingkort: det skal starte med &apos;M&apos; (læst: {value}). Er Caps Lock slået til?</translation>
    </message>
    <message>
        <source>This is not a boarding pass: it should start with &apos;M&apos; (got {value}).</source>
        <translation>Dette er ikke et boardingkort: det skal starte med &apos;M&apos; (læst: {value}).</translation>
    </message>
    <message>
        <source>This is not a boarding pass: the number of legs should be a digit from 1 to {most} (got nothing).</source>
        <translation>Dette er ikke et boardingkort: antallet af strækninger skal være et ciffer fra 1 til {most} (intet læst).</translation>
    </message>
    <message>
        <source>This is not a boarding pass: the number of legs should be a digit from 1 to {most} (got {value}).</source>
        <translation>Dette er ikke et boardingkort: antallet af strækninger skal være et ciffer fra 1 til {most} (læst: {value}).</translation>
    </message>
    <message>
        <source>This is not a boarding pass, or only part of it was read: it has {length} characters, and a boarding pass has at least {least}. Scan it again.</source>
        <translation>Dette er ikke et boardingkort, eller kun en del af det blev læst: det har {length} tegn, og et boardingkort har mindst {least}. Scan det igen.</translation>
    </message>
    <message>
        <source>This is not a boarding pass: the electronic ticket indicator should be &apos;E&apos; (got {value}).</source>
        <translation>Dette er ikke et boardingkort: markeringen for elektronisk billet skal være &apos;E&apos; (læst: {value}).</translation>
    </message>
    <message>
        <source>This is not a boarding pass, or only part of it was read: it announces {announced} legs but holds only {held}.</source>
        <translation>Dette er ikke et boardingkort, eller kun en del af det blev læst: det angiver {announced} strækninger, men indeholder kun {held}.</translation>
    </message>
    <message>
        <source>This is not a boarding pass: the size of the additional data of leg {leg} should be two hexadecimal digits (got {value}).</source>
        <translation>Dette er ikke et boardingkort: størrelsen på de ekstra data for strækning {leg} skal være to hexadecimale cifre (læst: {value}).</translation>
    </message>
    <message>
        <source>This is not a boarding pass, or only part of it was read: leg {leg} announces {size} more characters but only {available} follow. Scan it again.</source>
        <translation>Dette er ikke et boardingkort, eller kun en del af det blev læst: strækning {leg} angiver {size} tegn mere, men kun {available} følger. Scan det igen.</translation>
    </message>
    <message>
        <source>This is not a boarding pass: unexpected characters follow its end (got {value}).</source>
        <translation>Dette er ikke et boardingkort: der følger uventede tegn efter slutningen (læst: {value}).</translation>
    </message>
    <message>
        <source>This is two boarding passes read as one. Scan one boarding pass at a time.</source>
        <translation>To boardingkort blev læst som ét. Scan ét boardingkort ad gangen.</translation>
    </message>
    <message>
        <source>Please say whether the promise to the guest was kept.</source>
        <translation>Angiv, om løftet til gæsten blev holdt.</translation>
    </message>
    <message>
        <source>This item has no promise waiting to be kept.</source>
        <translation>Sagen har intet løfte om opfølgning, der venter på at blive holdt.</translation>
    </message>
    <message>
        <source>It is closed; log a new one if the guest comes back.</source>
        <translation>Den er lukket; opret en ny, hvis gæsten vender tilbage.</translation>
    </message>
    <message>
        <source>Assign it to a department first.</source>
        <translation>Tildel den først til en afdeling.</translation>
    </message>
    <message>
        <source>Start work on it before resolving it.</source>
        <translation>Gå i gang med den, før du løser den.</translation>
    </message>
    <message>
        <source>Resolve it before closing it.</source>
        <translation>Løs den, før du lukker den.</translation>
    </message>
    <message>
        <source>Only a resolved item can be reopened.</source>
        <translation>Kun en løst sag kan genåbnes.</translation>
    </message>
    <message>
        <source>new</source>
        <translation>ny</translation>
    </message>
    <message>
        <source>assigned</source>
        <translation>tildelt</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>i gang</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>løst</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>lukket</translation>
    </message>
    <message>
        <source>This item is {status}. {refusal}</source>
        <translation>Sagen er {status}. {refusal}</translation>
    </message>
    <message>
        <source>This item is closed; log a new one if the guest comes back.</source>
        <translation>Sagen er lukket; opret en ny, hvis gæsten vender tilbage.</translation>
    </message>
    <message>
        <source>flight</source>
        <translation>flynummer</translation>
    </message>
    <message>
        <source>departure time</source>
        <translation>afgangstid</translation>
    </message>
    <message>
        <source>gate</source>
        <translation>gate</translation>
    </message>
    <message>
        <source>boarding time</source>
        <translation>boardingtid</translation>
    </message>
    <message>
        <source>destination</source>
        <translation>destination</translation>
    </message>
    <message>
        <source>Line {line}: {problem}</source>
        <translation>Linje {line}: {problem}</translation>
    </message>
    <message>
        <source>{sentences} {sentence}</source>
        <translation>{sentences} {sentence}</translation>
    </message>
    <message>
        <source>{problems}; {problem}</source>
        <translation>{problems} {problem}</translation>
    </message>
    <message>
        <source>Nothing was imported. {problems}; and {more} more.</source>
        <translation>Intet blev importeret. {problems} Og {more} mere.</translation>
    </message>
    <message>
        <source>Nothing was imported. {problems}.</source>
        <translation>Intet blev importeret. {problems}</translation>
    </message>
    <message>
        <source>The flight {value} is not a flight like SK 1234.</source>
        <translation>Flyet {value} er ikke et fly som SK 1234.</translation>
    </message>
    <message>
        <source>The boarding time {time} does not exist on {day} in {zone}: the clocks go forward that night. Please check the time.</source>
        <translation>Boardingtiden {time} findes ikke den {day} i {zone}: urene stilles frem den nat. Tjek tidspunktet.</translation>
    </message>
    <message>
        <source>The departure time {time} does not exist on {day} in {zone}: the clocks go forward that night. Please check the time.</source>
        <translation>Afgangstiden {time} findes ikke den {day} i {zone}: urene stilles frem den nat. Tjek tidspunktet.</translation>
    </message>
    <message>
        <source>The boarding time {value} is not a time like 09:35 (or 2026-11-23T09:35).</source>
        <translation>Boardingtiden {value} er ikke et tidspunkt som 09:35 (eller 2026-11-23T09:35).</translation>
    </message>
    <message>
        <source>The departure time {value} is not a time like 09:35 (or 2026-11-23T09:35).</source>
        <translation>Afgangstiden {value} er ikke et tidspunkt som 09:35 (eller 2026-11-23T09:35).</translation>
    </message>
    <message>
        <source>The departure {value} is on {day}, not on {imported}, the day being imported.</source>
        <translation>Afgangen {value} er den {day}, ikke den {imported}, som er den dag, der importeres.</translation>
    </message>
    <message>
        <source>The boarding time must be before the departure time.</source>
        <translation>Boardingtiden skal ligge før afgangstiden.</translation>
    </message>
    <message>
        <source>Boarding at {boarding} would be {hours} h {minutes} min before the departure at {departure}; boarding starts at most 3 hours before departure. Please check the times.</source>
        <translation>Boarding kl. {boarding} ville være {hours} t {minutes} min før afgangen kl. {departure}; boarding starter højst 3 timer før afgang. Tjek tidspunkterne.</translation>
    </message>
    <message>
        <source>The {what} cell is {length} characters long; it can have at most {most}.</source>
        <translation>Cellen for {what} er {length} tegn lang; den må højst have {most}.</translation>
    </message>
    <message>
        <source>The {what} cell contains control characters.</source>
        <translation>Cellen for {what} indeholder kontroltegn.</translation>
    </message>
    <message>
        <source>The {what} is missing.</source>
        <translation>Der mangler {what}.</translation>
    </message>
    <message>
        <source>The gate {value} is not a gate like A12 or C 26.</source>
        <translation>Gaten {value} er ikke en gate som A12 eller C 26.</translation>
    </message>
    <message>
        <source>The destination {value} is not an airport code like OSL.</source>
        <translation>Destinationen {value} er ikke en lufthavnskode som OSL.</translation>
    </message>
    <message>
        <source>Two columns are the {what}: {first} and {second}. Please keep one.</source>
        <translation>To kolonner er {what}: {first} og {second}. Behold kun den ene.</translation>
    </message>
    <message>
        <source>The first line must name the columns, like: Flight;Departure;Gate;Boarding.</source>
        <translation>Første linje skal navngive kolonnerne, fx: Flight;Departure;Gate;Boarding.</translation>
    </message>
    <message>
        <source>The header has no {what} column; the columns needed are Flight and Departure (Gate and Boarding if known).</source>
        <translation>Overskriften har ingen kolonne for {what}; de nødvendige kolonner er Flight og Departure (Gate og Boarding, hvis de kendes).</translation>
    </message>
    <message>
        <source>The file has {length} characters; a day&apos;s departures file has at most {most}. Is it the right file?</source>
        <translation>Filen har {length} tegn; en dags afgangsfil har højst {most}. Er det den rigtige fil?</translation>
    </message>
    <message>
        <source>A day&apos;s file has at most {most} flights; this line is one too many. Is it the right file?</source>
        <translation>En dags fil har højst {most} fly; denne linje er én for meget. Er det den rigtige fil?</translation>
    </message>
    <message>
        <source>This line cannot be read as CSV ({error}).</source>
        <translation>Denne linje kan ikke læses som CSV ({error}).</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Filen er tom.</translation>
    </message>
    <message>
        <source>The file has a header but no flights.</source>
        <translation>Filen har en overskrift, men ingen fly.</translation>
    </message>
    <message>
        <source>{flight} is also on line {line}.</source>
        <translation>{flight} står også på linje {line}.</translation>
    </message>
    <message>
        <source>The {what} can have at most {most} characters.</source>
        <translation>Feltet {what} må højst have {most} tegn.</translation>
    </message>
    <message>
        <source>The {what} contains control characters.</source>
        <translation>Feltet {what} indeholder kontroltegn.</translation>
    </message>
    <message>
        <source>surname</source>
        <translation>efternavn</translation>
    </message>
    <message>
        <source>given names</source>
        <translation>fornavne</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titel</translation>
    </message>
    <message>
        <source>frequent-flyer tier</source>
        <translation>bonusniveau</translation>
    </message>
    <message>
        <source>membership card number</source>
        <translation>medlemskortnummer</translation>
    </message>
    <message>
        <source>Please enter the airline, like SK.</source>
        <translation>Indtast flyselskabet, fx SK.</translation>
    </message>
    <message>
        <source>An airline code is two or three letters or digits, like SK or D8.</source>
        <translation>En flyselskabskode er to eller tre bogstaver eller cifre, fx SK eller D8.</translation>
    </message>
    <message>
        <source>A flight number is one to four digits and maybe a letter, like 1234 or 61A.</source>
        <translation>Et flynummer er et til fire cifre og måske et bogstav, fx 1234 eller 61A.</translation>
    </message>
    <message>
        <source>Please enter the flight date.</source>
        <translation>Indtast flydatoen.</translation>
    </message>
    <message>
        <source>The cabin code is one letter, like J or Y.</source>
        <translation>Kabinekoden er ét bogstav, fx J eller Y.</translation>
    </message>
    <message>
        <source>A seat is a row and a letter, like 12A.</source>
        <translation>Et sæde er en række og et bogstav, fx 12A.</translation>
    </message>
    <message>
        <source>The check-in number is one to five letters or digits.</source>
        <translation>Indtjekningsnummeret er et til fem bogstaver eller cifre.</translation>
    </message>
    <message>
        <source>A frequent-flyer programme is an airline code, like SK.</source>
        <translation>Et bonusprogram angives med en flyselskabskode, fx SK.</translation>
    </message>
    <message>
        <source>A frequent-flyer number is up to 20 letters and digits.</source>
        <translation>Et bonusnummer er op til 20 bogstaver og cifre.</translation>
    </message>
    <message>
        <source>This boarding pass is for {flight_date}, not today ({today}). Please check the date with the guest.</source>
        <translation>Boardingkortet gælder {flight_date}, ikke i dag ({today}). Tjek datoen med gæsten.</translation>
    </message>
    <message>
        <source>The {what} is not an amount.</source>
        <translation>Feltet {what} er ikke et beløb.</translation>
    </message>
    <message>
        <source>The {what} cannot be negative.</source>
        <translation>Feltet {what} kan ikke være negativt.</translation>
    </message>
    <message>
        <source>The {what} can be at most {most}.</source>
        <translation>Feltet {what} kan højst være {most}.</translation>
    </message>
    <message>
        <source>The {what} has at most two decimals.</source>
        <translation>Feltet {what} har højst to decimaler.</translation>
    </message>
    <message>
        <source>rule name</source>
        <translation>reglens navn</translation>
    </message>
    <message>
        <source>tier</source>
        <translation>bonusniveau</translation>
    </message>
    <message>
        <source>price</source>
        <translation>pris</translation>
    </message>
    <message>
        <source>companion price</source>
        <translation>ledsagerpris</translation>
    </message>
    <message>
        <source>An exception is granted by a duty manager, not by a rule.</source>
        <translation>En undtagelse godkendes af den vagthavende leder, ikke af en regel.</translation>
    </message>
    <message>
        <source>An airline code is two or three letters or digits, like SK.</source>
        <translation>En flyselskabskode er to eller tre bogstaver eller cifre, fx SK.</translation>
    </message>
    <message>
        <source>Choose a cabin, an airline, or both.</source>
        <translation>Vælg en kabineklasse, et flyselskab eller begge.</translation>
    </message>
    <message>
        <source>Name the tier, or several separated by commas, like GOLD, DIAMOND.</source>
        <translation>Angiv bonusniveauet, eller flere adskilt af kommaer, fx GOLD, DIAMOND.</translation>
    </message>
    <message>
        <source>Paid entry needs a price.</source>
        <translation>Betalt adgang skal have en pris.</translation>
    </message>
    <message>
        <source>Companions: a number from 0 to {most}.</source>
        <translation>Ledsagere: et tal fra 0 til {most}.</translation>
    </message>
    <message>
        <source>First class</source>
        <translation>Første klasse</translation>
    </message>
    <message>
        <source>Business class</source>
        <translation>Businessklasse</translation>
    </message>
    <message>
        <source>Premium economy</source>
        <translation>Premium economy</translation>
    </message>
    <message>
        <source>Economy class</source>
        <translation>Økonomiklasse</translation>
    </message>
    <message>
        <source>{cabin} on {flight}</source>
        <translation>{cabin} på {flight}</translation>
    </message>
    <message>
        <source>Passenger</source>
        <translation>Passager</translation>
    </message>
    <message>
        <source>{programme} frequent flyer, {tier}</source>
        <translation>{programme}-bonusmedlem, {tier}</translation>
    </message>
    <message>
        <source>Lounge membership card</source>
        <translation>Medlemskort til loungen</translation>
    </message>
    <message>
        <source>Invited guest</source>
        <translation>Inviteret gæst</translation>
    </message>
    <message>
        <source>{facts}: admitted by the rule “{rule}”.</source>
        <translation>{facts}: får adgang efter adgangsreglen “{rule}”.</translation>
    </message>
    <message>
        <source>No cabin</source>
        <translation>Ingen kabineklasse</translation>
    </message>
    <message>
        <source>{programme} frequent flyer ({tier})</source>
        <translation>{programme}-bonusmedlem ({tier})</translation>
    </message>
    <message>
        <source>{programme} frequent flyer (no tier known)</source>
        <translation>{programme}-bonusmedlem (bonusniveau ukendt)</translation>
    </message>
    <message>
        <source>a membership card no rule accepts</source>
        <translation>et medlemskort, som ingen regel godtager</translation>
    </message>
    <message>
        <source>No flight, membership or invitation: no access rule admits this guest. Offer paid entry or ask a duty manager.</source>
        <translation>Intet fly, medlemskab eller invitation: ingen adgangsregel giver gæsten adgang. Tilbyd betalt adgang, eller spørg en vagthavende leder.</translation>
    </message>
    <message>
        <source>{facts}: no access rule admits this guest. Offer paid entry or ask a duty manager.</source>
        <translation>{facts}: ingen adgangsregel giver gæsten adgang. Tilbyd betalt adgang, eller spørg en vagthavende leder.</translation>
    </message>
    <message>
        <source>{list}, {item}</source>
        <translation>{list}, {item}</translation>
    </message>
    <message>
        <source>This entry admits the guest alone; companions need their own entry.</source>
        <translation>Denne adgang gælder kun gæsten selv; ledsagere skal have deres egen adgang.</translation>
    </message>
    <message>
        <source>This entry admits {free} companion free and {paid} more at {price} each: at most {allowed}, not {party}. The others need their own entry.</source>
        <translation>Denne adgang giver {free} ledsager gratis adgang og {paid} mere til {price} pr. person: højst {allowed}, ikke {party}. De andre skal have deres egen adgang.</translation>
    </message>
    <message>
        <source>This entry admits {free} companions free and {paid} more at {price} each: at most {allowed}, not {party}. The others need their own entry.</source>
        <translation>Denne adgang giver {free} ledsagere gratis adgang og {paid} mere til {price} pr. person: højst {allowed}, ikke {party}. De andre skal have deres egen adgang.</translation>
    </message>
    <message>
        <source>This entry admits {free} companion free: at most {allowed}, not {party}. The others need their own entry.</source>
        <translation>Denne adgang giver {free} ledsager gratis adgang: højst {allowed}, ikke {party}. De andre skal have deres egen adgang.</translation>
    </message>
    <message>
        <source>This entry admits {free} companions free: at most {allowed}, not {party}. The others need their own entry.</source>
        <translation>Denne adgang giver {free} ledsagere gratis adgang: højst {allowed}, ikke {party}. De andre skal have deres egen adgang.</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutter</translation>
    </message>
    <message>
        <source>amber warning</source>
        <translation>gult varsel</translation>
    </message>
    <message>
        <source>fatigue alert</source>
        <translation>ventetidsalarm</translation>
    </message>
    <message>
        <source>escalation</source>
        <translation>eskalering</translation>
    </message>
    <message>
        <source>boarding reminder</source>
        <translation>boardingpåmindelse</translation>
    </message>
    <message>
        <source>idle lock</source>
        <translation>automatisk låsning</translation>
    </message>
    <message>
        <source>days</source>
        <translation>dage</translation>
    </message>
    <message>
        <source>retention period</source>
        <translation>opbevaringsperiode</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>timer</translation>
    </message>
    <message>
        <source>backup interval</source>
        <translation>interval for sikkerhedskopiering</translation>
    </message>
    <message>
        <source>Wi-Fi network</source>
        <translation>Wi-Fi-netværk</translation>
    </message>
    <message>
        <source>Wi-Fi password</source>
        <translation>Wi-Fi-adgangskode</translation>
    </message>
    <message>
        <source>The {setting} must come before the {later}.</source>
        <translation>Indstillingen for {setting} skal være mindre end den for {later}.</translation>
    </message>
    <message>
        <source>The setting {name} is either on or off.</source>
        <translation>Indstillingen {name} kan kun være slået til eller fra.</translation>
    </message>
    <message>
        <source>The {setting} must be a whole number of {unit}.</source>
        <translation>Indstillingen for {setting} skal være et helt antal {unit}.</translation>
    </message>
    <message>
        <source>The {setting} must be between {low} and {high} {unit}.</source>
        <translation>Indstillingen for {setting} skal være mellem {low} og {high} {unit}.</translation>
    </message>
    <message>
        <source>The {setting} is at most {length} characters, without control characters.</source>
        <translation>Højst {length} tegn i {setting}, uden kontroltegn.</translation>
    </message>
    <message>
        <source>Please enter the {what}.</source>
        <translation>Indtast {what}.</translation>
    </message>
    <message>
        <source>An airport code is three letters, like CPH or PEK.</source>
        <translation>En lufthavnskode er tre bogstaver, fx CPH eller PEK.</translation>
    </message>
    <message>
        <source>Please choose the lounge&apos;s time zone.</source>
        <translation>Vælg loungens tidszone.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a time zone we know. Use a name like Europe/Copenhagen.</source>
        <translation>&apos;{name}&apos; er ikke en tidszone, vi kender. Brug et navn som Europe/Copenhagen.</translation>
    </message>
    <message>
        <source>lounge name</source>
        <translation>loungens navn</translation>
    </message>
    <message>
        <source>administrator&apos;s name</source>
        <translation>administratorens navn</translation>
    </message>
    <message>
        <source>space name</source>
        <translation>områdets navn</translation>
    </message>
    <message>
        <source>{space} needs at least one seat.</source>
        <translation>{space} skal have mindst én plads.</translation>
    </message>
    <message>
        <source>{space}: {seats} seats is more than a lounge space holds.</source>
        <translation>{space}: {seats} pladser er mere, end et område i en lounge har plads til.</translation>
    </message>
    <message>
        <source>A lounge needs at least one space.</source>
        <translation>En lounge skal have mindst ét område.</translation>
    </message>
    <message>
        <source>Two spaces have the same name.</source>
        <translation>To områder har samme navn.</translation>
    </message>
    <message>
        <source>a front-desk agent, a duty manager or an administrator</source>
        <translation>en receptionist, en vagthavende leder eller en administrator</translation>
    </message>
    <message>
        <source>a duty manager or an administrator</source>
        <translation>en vagthavende leder eller en administrator</translation>
    </message>
    <message>
        <source>an administrator</source>
        <translation>en administrator</translation>
    </message>
    <message>
        <source>front desk</source>
        <translation>receptionist</translation>
    </message>
    <message>
        <source>duty manager</source>
        <translation>vagthavende leder</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <source>attendant</source>
        <translation>tjener</translation>
    </message>
    <message>
        <source>check in</source>
        <translation>tjekke gæster ind</translation>
    </message>
    <message>
        <source>seat guests</source>
        <translation>anvise gæster plads</translation>
    </message>
    <message>
        <source>log feedback</source>
        <translation>registrere feedback</translation>
    </message>
    <message>
        <source>write diary</source>
        <translation>skrive i vagtdagbogen</translation>
    </message>
    <message>
        <source>grant exception</source>
        <translation>godkende undtagelser</translation>
    </message>
    <message>
        <source>view reports</source>
        <translation>se rapporter</translation>
    </message>
    <message>
        <source>leave kiosk</source>
        <translation>forlade kiosktilstand</translation>
    </message>
    <message>
        <source>manage staff</source>
        <translation>administrere medarbejdere</translation>
    </message>
    <message>
        <source>edit settings</source>
        <translation>ændre indstillinger</translation>
    </message>
    <message>
        <source>erase guest</source>
        <translation>slette gæster</translation>
    </message>
    <message>
        <source>back up</source>
        <translation>tage sikkerhedskopi</translation>
    </message>
    <message>
        <source>restore</source>
        <translation>gendanne fra sikkerhedskopi</translation>
    </message>
    <message>
        <source>copy lounge</source>
        <translation>kopiere loungen</translation>
    </message>
    <message>
        <source>confirm clock</source>
        <translation>bekræfte uret</translation>
    </message>
    <message>
        <source>close escalations</source>
        <translation>lukke eskaleringer</translation>
    </message>
    <message>
        <source>operator report</source>
        <translation>se operatørrapporten</translation>
    </message>
    <message>
        <source>set up lounges</source>
        <translation>oprette lounger</translation>
    </message>
    <message>
        <source>{name} ({role}) may not approve this; ask {whom}.</source>
        <translation>{name} ({role}) må ikke godkende dette; spørg {whom}.</translation>
    </message>
    <message>
        <source>{name} ({role}) may not {doing}; ask {whom}.</source>
        <translation>{name} ({role}) må ikke {doing}; spørg {whom}.</translation>
    </message>
    <message>
        <source>Another member of staff already uses this PIN; please choose another.</source>
        <translation>En anden medarbejder bruger allerede denne pinkode; vælg en anden.</translation>
    </message>
    <message>
        <source>A PIN of one digit repeated is too easy to guess; please choose another.</source>
        <translation>En pinkode med det samme ciffer gentaget er for let at gætte; vælg en anden.</translation>
    </message>
    <message>
        <source>A run of digits like 1234 or 9876 is too easy to guess; please choose another.</source>
        <translation>En række cifre som 1234 eller 9876 er for let at gætte; vælg en anden.</translation>
    </message>
    <message>
        <source>This is one of the commonest PINs and too easy to guess; please choose another.</source>
        <translation>Det er en af de mest almindelige pinkoder og for let at gætte; vælg en anden.</translation>
    </message>
    <message>
        <source>A PIN is made of digits only.</source>
        <translation>En pinkode består kun af cifre.</translation>
    </message>
    <message>
        <source>An administrator&apos;s PIN needs at least {least} digits.</source>
        <translation>En administrators pinkode skal have mindst {least} cifre.</translation>
    </message>
    <message>
        <source>A duty manager&apos;s PIN needs at least {least} digits.</source>
        <translation>En vagthavende leders pinkode skal have mindst {least} cifre.</translation>
    </message>
    <message>
        <source>A PIN needs at least {least} digits.</source>
        <translation>En pinkode skal have mindst {least} cifre.</translation>
    </message>
    <message>
        <source>A PIN has at most {most} digits.</source>
        <translation>En pinkode har højst {most} cifre.</translation>
    </message>
    <message>
        <source>This guest is no longer waiting.</source>
        <translation>Gæsten venter ikke længere.</translation>
    </message>
    <message>
        <source>This alert has already been acknowledged.</source>
        <translation>Alarmen er allerede kvitteret.</translation>
    </message>
    <message>
        <source>This guest&apos;s fatigue alert is not due yet.</source>
        <translation>Gæstens ventetidsalarm er ikke udløst endnu.</translation>
    </message>
    <message>
        <source>Please describe what was done as text.</source>
        <translation>Beskriv med tekst, hvad der blev gjort.</translation>
    </message>
    <message>
        <source>Please say what was done for the guest: a seat, a drink, an update, an apology.</source>
        <translation>Angiv, hvad der blev gjort for gæsten: en plads, en drink, en opdatering, en undskyldning.</translation>
    </message>
    <message>
        <source>Please describe what else was done.</source>
        <translation>Beskriv, hvad der ellers blev gjort.</translation>
    </message>
    <message>
        <source>The note is {length} characters long; the most we keep is {most}. Please shorten it.</source>
        <translation>Noten er {length} tegn lang; vi gemmer højst {most}. Gør den kortere.</translation>
    </message>
    <message>
        <source>The note contains characters that cannot be stored; please retype it.</source>
        <translation>Noten indeholder tegn, der ikke kan gemmes; skriv den igen.</translation>
    </message>
    <message>
        <source>The desk does not speak the language {code}.</source>
        <translation>Skranken taler ikke sproget {code}.</translation>
    </message>
    <message>
        <source>There is no such lounge.</source>
        <translation>Den lounge findes ikke.</translation>
    </message>
    <message>
        <source>This lounge is in use: its language is changed in Settings.</source>
        <translation>Loungen er i brug: dens sprog ændres under Indstillinger.</translation>
    </message>
    <message>
        <source>This access rule no longer exists; please reopen Settings.</source>
        <translation>Denne adgangsregel findes ikke længere. Åbn indstillinger igen.</translation>
    </message>
    <message>
        <source>The disk is full: this action was not saved. Please ask IT to free space, then try again.</source>
        <translation>Disken er fuld: handlingen blev ikke gemt. Bed IT om at frigøre plads, og prøv så igen.</translation>
    </message>
    <message>
        <source>The database is read-only: this action was not saved. Please ask IT to check the database file, then try again.</source>
        <translation>Databasen er skrivebeskyttet: handlingen blev ikke gemt. Bed IT om at tjekke databasefilen, og prøv så igen.</translation>
    </message>
    <message>
        <source>The disk could not be written (I/O error): this action was not saved. Please ask IT to check the disk, then try again.</source>
        <translation>Der kunne ikke skrives på disken (I/O-fejl): handlingen blev ikke gemt. Bed IT om at tjekke disken, og prøv så igen.</translation>
    </message>
    <message>
        <source>The database is busy (another desk or program is writing): this action was not saved. Please try again in a moment.</source>
        <translation>Databasen er optaget (en anden skranke eller et andet program skriver): handlingen blev ikke gemt. Prøv igen om et øjeblik.</translation>
    </message>
    <message>
        <source>The database file is damaged: this action was not saved. Please ask IT to restore the newest backup.</source>
        <translation>Databasefilen er beskadiget: handlingen blev ikke gemt. Bed IT om at gendanne den nyeste sikkerhedskopi.</translation>
    </message>
    <message>
        <source>Other desks were changing the same thing at the same moment: this action was not saved. Please try again.</source>
        <translation>Andre skranker ændrede det samme i samme øjeblik: handlingen blev ikke gemt. Prøv igen.</translation>
    </message>
    <message>
        <source>The connection to the lounge database was lost: this action may not have been saved (it is never saved twice). Please check the board when the connection is back, then try again; if it stays lost, please ask IT to check the database server and the network.</source>
        <translation>Forbindelsen til loungens database blev afbrudt: handlingen er måske ikke gemt (den gemmes aldrig to gange). Tjek tavlen, når forbindelsen er tilbage, og prøv så igen. Hvis den bliver ved med at være væk, så bed IT om at tjekke databaseserveren og netværket.</translation>
    </message>
    <message>
        <source>The connection to the lounge database is lost: this was not done. Please do it again once the connection is back.</source>
        <translation>Forbindelsen til loungens database er afbrudt: det blev ikke gjort. Gør det igen, når forbindelsen er tilbage.</translation>
    </message>
    <message>
        <source>The connection to the lounge database was lost just as this was saved. It was saved, once: please check the screen before going on.</source>
        <translation>Forbindelsen til loungens database blev afbrudt, lige da det blev gemt. Det blev gemt én gang: tjek skærmen, før du fortsætter.</translation>
    </message>
    <message>
        <source>This visit is not on file here.</source>
        <translation>Dette besøg er ikke registreret her.</translation>
    </message>
    <message>
        <source>This guest is not seated; seat them from the waiting list first.</source>
        <translation>Gæsten har ikke fået plads. Anvis plads fra ventelisten først.</translation>
    </message>
    <message>
        <source>This space no longer exists; please choose another.</source>
        <translation>Området findes ikke længere. Vælg et andet.</translation>
    </message>
    <message>
        <source>The party is already in {space}.</source>
        <translation>Selskabet er allerede i {space}.</translation>
    </message>
    <message>
        <source>Choose free, being prepared or reserved.</source>
        <translation>Vælg ledig, under klargøring eller reserveret.</translation>
    </message>
    <message>
        <source>A space is occupied while a party is seated in it; choose free, being prepared or reserved.</source>
        <translation>Et område er optaget, mens et selskab sidder i det. Vælg ledig, under klargøring eller reserveret.</translation>
    </message>
    <message>
        <source>The lobby is open seating; only boxes and VIP rooms have a state.</source>
        <translation>Lobbyen har fri siddeplads; kun bokse og VIP-rum har en status.</translation>
    </message>
    <message>
        <source>A party is seated in {space}; move them or check them out first.</source>
        <translation>Der sidder et selskab i {space}. Flyt dem eller tjek dem ud først.</translation>
    </message>
    <message>
        <source>Please give the name of the guest the space is reserved for.</source>
        <translation>Angiv navnet på den gæst, området er reserveret til.</translation>
    </message>
    <message>
        <source>Please give the time the space is reserved until.</source>
        <translation>Angiv, hvornår reservationen af området udløber.</translation>
    </message>
    <message>
        <source>The reservation time has already passed; please give a later one.</source>
        <translation>Reservationstiden er allerede passeret. Angiv et senere tidspunkt.</translation>
    </message>
    <message>
        <source>This boarding pass is already checked in; here is that visit.</source>
        <translation>Dette boardingkort er allerede tjekket ind. Her er det besøg.</translation>
    </message>
    <message>
        <source>The guest is still checked in there.</source>
        <translation>Gæsten er stadig tjekket ind der.</translation>
    </message>
    <message>
        <source>That visit has ended.</source>
        <translation>Det besøg er afsluttet.</translation>
    </message>
    <message>
        <source>This boarding pass was used at {lounge} at {when}. {there} One boarding pass admits one visit: please ask the guest about it.</source>
        <translation>Dette boardingkort blev brugt i {lounge} {when}. {there} Et boardingkort giver adgang til ét besøg: spørg gæsten om det.</translation>
    </message>
    <message>
        <source>This boarding pass is for a flight from {origin}, not from {airport}. Please ask the guest for the pass of the flight leaving from here.</source>
        <translation>Dette boardingkort er til et fly fra {origin}, ikke fra {airport}. Bed gæsten om boardingkortet til flyet, der afgår herfra.</translation>
    </message>
    <message>
        <source>{guest} has waited {minutes} for this kind of space ({waiting}): seat them first, or check this guest in anyway.</source>
        <translation>{guest} har ventet {minutes} på denne slags område ({waiting}): anvis dem plads først, eller tjek denne gæst ind alligevel.</translation>
    </message>
    <message>
        <source>%n minute</source>
        <translation>%n minut</translation>
    </message>
    <message>
        <source>%n minutes</source>
        <translation>%n minutter</translation>
    </message>
    <message>
        <source>%n waiting</source>
        <translation>%n venter</translation>
    </message>
    <message>
        <source>{time} today</source>
        <translation>i dag kl. {time}</translation>
    </message>
    <message>
        <source>{time} on {date}</source>
        <translation>den {date} kl. {time}</translation>
    </message>
    <message>
        <source>This lounge sells no entry; ask a duty manager for an exception.</source>
        <translation>Denne lounge sælger ikke adgang. Bed en vagthavende leder om en undtagelse.</translation>
    </message>
    <message>
        <source>A party can have at most {most} companions; please check in a larger group in parts.</source>
        <translation>Et selskab kan højst have {most} ledsagere. Tjek en større gruppe ind i flere omgange.</translation>
    </message>
    <message>
        <source>Choose paid entry or a duty manager&apos;s exception, not both.</source>
        <translation>Vælg betalt adgang eller en undtagelse godkendt af vagthavende leder, ikke begge.</translation>
    </message>
    <message>
        <source>Please give the reason for the exception.</source>
        <translation>Angiv årsagen til undtagelsen.</translation>
    </message>
    <message>
        <source>This guest is not waiting for a seat.</source>
        <translation>Gæsten venter ikke på en plads.</translation>
    </message>
    <message>
        <source>A rating is a whole number from 1 to 5, or none.</source>
        <translation>En bedømmelse er et helt tal fra 1 til 5 eller ingen.</translation>
    </message>
    <message>
        <source>This guest has already checked out.</source>
        <translation>Gæsten er allerede tjekket ud.</translation>
    </message>
    <message>
        <source>The clock agrees with the last recorded event; there is nothing to confirm.</source>
        <translation>Uret stemmer med den sidst registrerede hændelse; der er intet at bekræfte.</translation>
    </message>
    <message>
        <source>There is no item #{number} in this lounge.</source>
        <translation>Der er ingen feedback nr. {number} i denne lounge.</translation>
    </message>
    <message>
        <source>Work order #{number} is already done.</source>
        <translation>Arbejdsordre nr. {number} er allerede udført.</translation>
    </message>
    <message>
        <source>Work order #{number} is already cancelled.</source>
        <translation>Arbejdsordre nr. {number} er allerede annulleret.</translation>
    </message>
    <message>
        <source>Work order #{number} is already open.</source>
        <translation>Arbejdsordre nr. {number} er allerede åben.</translation>
    </message>
    <message>
        <source>Please choose {who} from this lounge&apos;s active staff.</source>
        <translation>Vælg {who} blandt loungens aktive medarbejdere.</translation>
    </message>
    <message>
        <source>That visit is not in this lounge.</source>
        <translation>Det besøg hører ikke til denne lounge.</translation>
    </message>
    <message>
        <source>That guest is not in the party of this visit.</source>
        <translation>Den gæst er ikke med i selskabet for dette besøg.</translation>
    </message>
    <message>
        <source>That guest is no longer on record.</source>
        <translation>Den gæst er ikke længere registreret.</translation>
    </message>
    <message>
        <source>Please choose who keeps the promise from the active staff.</source>
        <translation>Vælg blandt de aktive medarbejdere, hvem der holder løftet.</translation>
    </message>
    <message>
        <source>Please choose the colleague from this lounge&apos;s active staff.</source>
        <translation>Vælg kollegaen blandt loungens aktive medarbejdere.</translation>
    </message>
    <message>
        <source>the owner</source>
        <translation>den ansvarlige</translation>
    </message>
    <message>
        <source>Please say whether the promise was kept, not kept, or not made.</source>
        <translation>Angiv, om løftet blev holdt, ikke holdt eller ikke givet.</translation>
    </message>
    <message>
        <source>This item is already with the duty manager.</source>
        <translation>Denne feedback ligger allerede hos vagthavende leder.</translation>
    </message>
    <message>
        <source>who keeps the promise</source>
        <translation>hvem der holder løftet</translation>
    </message>
    <message>
        <source>There is no work order #{number} in this lounge.</source>
        <translation>Der er ingen arbejdsordre nr. {number} i denne lounge.</translation>
    </message>
    <message>
        <source>A page holds 1 to {most} items.</source>
        <translation>En side viser 1 til {most} punkter.</translation>
    </message>
    <message>
        <source>This flight is no longer in the list.</source>
        <translation>Dette fly er ikke længere på listen.</translation>
    </message>
    <message>
        <source>{flight} on {day} is already in the list; please edit that one.</source>
        <translation>{flight} den {day} er allerede på listen. Ret den i stedet.</translation>
    </message>
    <message>
        <source>{flight} was just added at another desk.</source>
        <translation>{flight} er lige blevet tilføjet ved en anden skranke.</translation>
    </message>
    <message>
        <source>Give the reminder time as whole minutes from 0 to {most}.</source>
        <translation>Angiv påmindelsestiden som hele minutter fra 0 til {most}.</translation>
    </message>
    <message>
        <source>This guest has already been told about boarding.</source>
        <translation>Gæsten har allerede fået besked om boarding.</translation>
    </message>
    <message>
        <source>Type at least two letters of the name, or the last four characters of the frequent-flyer number.</source>
        <translation>Skriv mindst to bogstaver af navnet eller de sidste fire tegn af bonusnummeret.</translation>
    </message>
    <message>
        <source>This guest is no longer on file.</source>
        <translation>Gæsten er ikke længere registreret.</translation>
    </message>
    <message>
        <source>The range ends ({last}) before it starts ({first}). Please choose the first day first.</source>
        <translation>Perioden slutter ({last}), før den begynder ({first}). Vælg den første dag først.</translation>
    </message>
    <message>
        <source>The operator report covers at most {most} days; {first} to {last} is {days}. Please choose a shorter range.</source>
        <translation>Operatørrapporten dækker højst {most} dage; {first} til {last} er {days}. Vælg en kortere periode.</translation>
    </message>
    <message>
        <source>If the key file is lost, IT can start again on this PC&apos;s account with &quot;{command}&quot;: a new key, a new PIN for that administrator, and every other PIN to be set again in Staff (see &quot;PIN key&quot; in the README).</source>
        <translation>Hvis nøglefilen er væk, kan IT starte forfra på denne pc&apos;s konto med &quot;{command}&quot;: en ny nøgle, en ny pinkode til den administrator, og alle andre pinkoder skal sættes igen under Medarbejdere (se &quot;PIN key&quot; i README).</translation>
    </message>
    <message>
        <source>The PIN key file {file} is in the database&apos;s folder, where backups and copies of the folder would take it along. Move it elsewhere and set {variable} to its new path (or unset {variable} to use the default place).</source>
        <translation>Pinkodenøglefilen {file} ligger i databasens mappe, hvor sikkerhedskopier og kopier af mappen ville tage den med. Flyt den et andet sted hen, og sæt {variable} til dens nye sti (eller fjern {variable} for at bruge standardstedet).</translation>
    </message>
    <message>
        <source>The PIN key file {file} is missing, but the staff PINs in this database were made with one, so no PIN could be checked and the desk does not start. Put the key file back at {file} (from IT&apos;s safe copy), or set {variable} to where it is. {hint}</source>
        <translation>Pinkodenøglefilen {file} mangler, men medarbejdernes pinkoder i denne database er lavet med en, så ingen pinkode kunne tjekkes, og skranken starter ikke. Læg nøglefilen tilbage i {file} (fra IT&apos;s sikre kopi), eller sæt {variable} til, hvor den ligger. {hint}</translation>
    </message>
    <message>
        <source>The PIN key file {file} is not the one the staff PINs in this database were made with (it is key {key}; the PINs need key {needed}), so no PIN could be checked and the desk does not start. Put the right key file at {file}, or set {variable} to where it is. {hint}</source>
        <translation>Pinkodenøglefilen {file} er ikke den, medarbejdernes pinkoder i denne database er lavet med (den er nøgle {key}; pinkoderne skal bruge nøgle {needed}), så ingen pinkode kunne tjekkes, og skranken starter ikke. Læg den rigtige nøglefil i {file}, eller sæt {variable} til, hvor den ligger. {hint}</translation>
    </message>
    <message>
        <source>The PIN key file {file} cannot be created: {why}. Check that this account may write there, or set {variable} to a file in a folder it may write.</source>
        <translation>Pinkodenøglefilen {file} kan ikke oprettes: {why}. Tjek, at denne konto må skrive der, eller sæt {variable} til en fil i en mappe, den må skrive i.</translation>
    </message>
    <message>
        <source>This database has no active administrator.</source>
        <translation>Denne database har ingen aktiv administrator.</translation>
    </message>
    <message>
        <source>Several active administrators are called &quot;{name}&quot;; rename one in Staff first.</source>
        <translation>Flere aktive administratorer hedder &quot;{name}&quot;. Omdøb en af dem under Medarbejdere først.</translation>
    </message>
    <message>
        <source>No active administrator is called &quot;{name}&quot;. The administrators are: {names}.</source>
        <translation>Ingen aktiv administrator hedder &quot;{name}&quot;. Administratorerne er: {names}.</translation>
    </message>
    <message>
        <source>The PIN key file {file} is the one the PINs were made with (or no PIN needs one yet), so the PINs can be checked and nothing needs recovering: an administrator who has forgotten a PIN has it set again by another administrator in Staff.</source>
        <translation>Pinkodenøglefilen {file} er den, pinkoderne er lavet med (eller ingen pinkode kræver en endnu), så pinkoderne kan tjekkes, og intet skal gendannes: en administrator, der har glemt sin pinkode, får den sat igen af en anden administrator under Medarbejdere.</translation>
    </message>
    <message>
        <source>There is no report for {day}: that day is at the very edge of the calendar. Please choose another day.</source>
        <translation>Der er ingen rapport for {day}: den dag ligger helt ude i kanten af kalenderen. Vælg en anden dag.</translation>
    </message>
    <message>
        <source>Please choose why this guest is being erased.</source>
        <translation>Vælg, hvorfor gæsten slettes.</translation>
    </message>
    <message>
        <source>The lounge has no room for a party of {party} right now ({waiting} already waiting). Offer the waiting list.</source>
        <translation>Loungen har ikke plads til et selskab på {party} lige nu ({waiting} venter allerede). Tilbyd ventelisten.</translation>
    </message>
    <message>
        <source>it is closed</source>
        <translation>det er lukket</translation>
    </message>
    <message>
        <source>it is being prepared</source>
        <translation>det er under klargøring</translation>
    </message>
    <message>
        <source>it is reserved</source>
        <translation>det er reserveret</translation>
    </message>
    <message>
        <source>another party is seated in it</source>
        <translation>et andet selskab sidder der</translation>
    </message>
    <message>
        <source>it is full</source>
        <translation>det er fuldt</translation>
    </message>
    <message>
        <source>it is too small</source>
        <translation>det er for lille</translation>
    </message>
    <message>
        <source>{space} cannot take a party of {party} now: {why} ({people}/{capacity} seated). Please choose another space, or offer the waiting list.</source>
        <translation>{space} kan ikke tage et selskab på {party} nu: {why} ({people}/{capacity} siddende). Vælg et andet område, eller tilbyd ventelisten.</translation>
    </message>
    <message>
        <source>This attendant is not on the team any more; please choose another.</source>
        <translation>Denne tjener er ikke længere på holdet. Vælg en anden.</translation>
    </message>
    <message>
        <source>{sentence} {next}</source>
        <translation>{sentence} {next}</translation>
    </message>
    <message>
        <source>Please sign in first.</source>
        <translation>Log ind først.</translation>
    </message>
    <message>
        <source>This desk has no lounge yet; run the first-run set-up.</source>
        <translation>Denne skranke har endnu ingen lounge. Kør førstegangsopsætningen.</translation>
    </message>
    <message>
        <source>The PIN key is not loaded, so no PIN can be checked or set. Please restart VIP Desk.</source>
        <translation>Pinkodenøglen er ikke indlæst, så ingen pinkode kan tjekkes eller sættes. Genstart VIP Desk.</translation>
    </message>
    <message>
        <source>{name} may no longer sign in (changed by an administrator), so this desk has signed them out. Please ask an administrator.</source>
        <translation>{name} må ikke længere logge ind (ændret af en administrator), så skranken har logget vedkommende ud. Spørg en administrator.</translation>
    </message>
    <message>
        <source>This database already has a lounge called {name}; please give this one another name, e.g. with its terminal.</source>
        <translation>Denne database har allerede en lounge, der hedder {name}. Giv denne et andet navn, f.eks. med dens terminal.</translation>
    </message>
    <message>
        <source>Please start your shift first.</source>
        <translation>Start din vagt først.</translation>
    </message>
    <message>
        <source>Your shift has already started; end it before starting another.</source>
        <translation>Din vagt er allerede startet. Afslut den, før du starter en ny.</translation>
    </message>
    <message>
        <source>That shift has not ended, so it has no handover yet.</source>
        <translation>Den vagt er ikke afsluttet, så der er endnu ingen vagtoverdragelse.</translation>
    </message>
    <message>
        <source>This handover was already acknowledged by {name}.</source>
        <translation>Denne vagtoverdragelse er allerede kvitteret af {name}.</translation>
    </message>
    <message>
        <source>This handover was already acknowledged.</source>
        <translation>Denne vagtoverdragelse er allerede kvitteret.</translation>
    </message>
    <message>
        <source>This PIN was made with another PIN key than the one this desk loaded, so it cannot be checked. Please ask IT (see &quot;PIN key&quot; in the README).</source>
        <translation>Denne pinkode er lavet med en anden pinkodenøgle end den, skranken har indlæst, så den kan ikke tjekkes. Spørg IT (se &quot;PIN key&quot; i README).</translation>
    </message>
    <message>
        <source>No PIN is set for you yet: please ask an administrator to set one in Staff.</source>
        <translation>Du har endnu ingen pinkode. Bed en administrator om at sætte en under Medarbejdere.</translation>
    </message>
    <message>
        <source>Your PIN was stored without this desk&apos;s PIN key, so it can no longer be used: please ask an administrator to set a new PIN for you in Staff.</source>
        <translation>Din pinkode blev gemt uden skrankens pinkodenøgle, så den kan ikke længere bruges. Bed en administrator om at sætte en ny pinkode til dig under Medarbejdere.</translation>
    </message>
    <message>
        <source>Nobody is signed in at this desk.</source>
        <translation>Ingen er logget ind ved denne skranke.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in {wait}.</source>
        <translation>For mange forkerte pinkoder. Prøv igen om {wait}.</translation>
    </message>
    <message>
        <source>Wrong PIN. Try again in {wait}.</source>
        <translation>Forkert pinkode. Prøv igen om {wait}.</translation>
    </message>
    <message>
        <source>Wrong PIN. Please try again.</source>
        <translation>Forkert pinkode. Prøv igen.</translation>
    </message>
    <message>
        <source>%n second</source>
        <translation>%n sekund</translation>
    </message>
    <message>
        <source>%n seconds</source>
        <translation>%n sekunder</translation>
    </message>
    <message>
        <source>This staff member cannot sign in here.</source>
        <translation>Denne medarbejder kan ikke logge ind her.</translation>
    </message>
    <message>
        <source>Staff who sign in need a PIN.</source>
        <translation>Medarbejdere, der logger ind, skal have en pinkode.</translation>
    </message>
    <message>
        <source>This staff member is not in this lounge.</source>
        <translation>Denne medarbejder hører ikke til denne lounge.</translation>
    </message>
    <message>
        <source>Attendants do not sign in, so they have no PIN.</source>
        <translation>Tjenere logger ikke ind, så de har ingen pinkode.</translation>
    </message>
    <message>
        <source>You cannot deactivate yourself while signed in.</source>
        <translation>Du kan ikke deaktivere dig selv, mens du er logget ind.</translation>
    </message>
    <message>
        <source>{name} is the only administrator who can sign in; make someone else an administrator and set their PIN first.</source>
        <translation>{name} er den eneste administrator, der kan logge ind. Gør først en anden til administrator, og sæt vedkommendes pinkode.</translation>
    </message>
    <message>
        <source>This guest is already on the waiting list.</source>
        <translation>Gæsten står allerede på ventelisten.</translation>
    </message>
    <message>
        <source>This wait is not on file here.</source>
        <translation>Denne ventetid er ikke registreret her.</translation>
    </message>
    <message>
        <source>A guest waiting to settle is not waiting for a space.</source>
        <translation>En gæst, der venter på at betale, venter ikke på et område.</translation>
    </message>
    <message>
        <source>Please choose what was done from the list.</source>
        <translation>Vælg fra listen, hvad der blev gjort.</translation>
    </message>
    <message>
        <source>This alert has just been acknowledged at another desk.</source>
        <translation>Denne alarm er lige blevet kvitteret ved en anden skranke.</translation>
    </message>
    <message>
        <source>This visit is not in this lounge.</source>
        <translation>Dette besøg hører ikke til denne lounge.</translation>
    </message>
    <message>
        <source>VIP Desk is already open on {path} (process {pid}); use that window.</source>
        <translation>VIP Desk er allerede åben på {path} (proces {pid}); brug det vindue.</translation>
    </message>
    <message>
        <source>VIP Desk is already open on {path}; use that window.</source>
        <translation>VIP Desk er allerede åben på {path}; brug det vindue.</translation>
    </message>
    <message>
        <source>VIP Desk cannot start on {path}: it cannot write its lock file {lock} there (the folder is read-only, full or cannot be made). Nothing was changed. Please ask IT to check the folder.</source>
        <translation>VIP Desk kan ikke starte på {path}: programmet kan ikke skrive sin låsefil {lock} der (mappen er skrivebeskyttet, fuld eller kan ikke oprettes). Intet er ændret. Bed IT om at tjekke mappen.</translation>
    </message>
    <message>
        <source>VIP Desk cannot open its database {path}: the disk is full. Please ask IT to free space. Nothing was changed.</source>
        <translation>VIP Desk kan ikke åbne sin database {path}: disken er fuld. Bed IT om at frigøre plads. Intet er ændret.</translation>
    </message>
    <message>
        <source>VIP Desk cannot open its database {path}: the database file or its folder is read-only. Please ask IT to check them. Nothing was changed.</source>
        <translation>VIP Desk kan ikke åbne sin database {path}: databasefilen eller dens mappe er skrivebeskyttet. Bed IT om at tjekke dem. Intet er ændret.</translation>
    </message>
    <message>
        <source>VIP Desk cannot open its database {path}: the file or its folder cannot be opened. Please ask IT to check that the folder exists and may be written. Nothing was changed.</source>
        <translation>VIP Desk kan ikke åbne sin database {path}: filen eller dens mappe kan ikke åbnes. Bed IT om at tjekke, at mappen findes og må skrives i. Intet er ændret.</translation>
    </message>
    <message>
        <source>VIP Desk cannot open its database {path}: the disk could not be read or written. Please ask IT to check the disk. Nothing was changed.</source>
        <translation>VIP Desk kan ikke åbne sin database {path}: disken kunne ikke læses eller skrives. Bed IT om at tjekke disken. Intet er ændret.</translation>
    </message>
    <message>
        <source>VIP Desk cannot open its database {path}: another program is holding it. Close that program and start VIP Desk again. Nothing was changed.</source>
        <translation>VIP Desk kan ikke åbne sin database {path}: et andet program holder den. Luk det program, og start VIP Desk igen. Intet er ændret.</translation>
    </message>
    <message>
        <source>{problem} Nothing was changed.</source>
        <translation>{problem} Intet er ændret.</translation>
    </message>
    <message>
        <source>VIP Desk cannot open its database {path}: {problem} Nothing was changed.

{advice}</source>
        <translation>VIP Desk kan ikke åbne sin database {path}: {problem} Intet er ændret.

{advice}</translation>
    </message>
    <message>
        <source>VIP Desk cannot open its database {path}: {problem} Nothing was changed.</source>
        <translation>VIP Desk kan ikke åbne sin database {path}: {problem} Intet er ændret.</translation>
    </message>
    <message>
        <source>VIP Desk cannot open its database {path}: {problem} ({where}). Nothing was changed. Please ask IT to check the folder.</source>
        <translation>VIP Desk kan ikke åbne sin database {path}: {problem} ({where}). Intet er ændret. Bed IT om at tjekke mappen.</translation>
    </message>
    <message>
        <source>VIP Desk cannot open its database {path}: the file is damaged or is not a VIP Desk database ({problem}). Nothing was changed.

{advice}</source>
        <translation>VIP Desk kan ikke åbne sin database {path}: filen er beskadiget eller er ikke en VIP Desk-database ({problem}). Intet er ændret.

{advice}</translation>
    </message>
    <message>
        <source>VIP Desk cannot open its database {path}: {problem}. Nothing was changed. Please ask IT.</source>
        <translation>VIP Desk kan ikke åbne sin database {path}: {problem}. Intet er ændret. Kontakt IT.</translation>
    </message>
    <message>
        <source>There is no backup in {folder}; please ask IT.</source>
        <translation>Der er ingen sikkerhedskopi i {folder}; kontakt IT.</translation>
    </message>
    <message>
        <source>The newest backup was made {when} UTC. IT can put it in place, keeping this file aside, with:

{command}</source>
        <translation>Den nyeste sikkerhedskopi blev taget {when} UTC. IT kan sætte den på plads og gemme denne fil til side med:

{command}</translation>
    </message>
    <message>
        <source>VIP Desk cannot open its database {path}: {problem} Nothing was changed. IT can put the server&apos;s last dump back with pg_restore --clean.</source>
        <translation>VIP Desk kan ikke åbne sin database {path}: {problem} Intet er ændret. IT kan lægge serverens seneste dump tilbage med pg_restore --clean.</translation>
    </message>
    <message>
        <source>The lounge database {database} does not exist on the server at {server}. Nothing was changed. Please ask IT to create it: {command}</source>
        <translation>Loungens database {database} findes ikke på serveren {server}. Intet er ændret. Bed IT om at oprette den: {command}</translation>
    </message>
    <message>
        <source>The lounge database server at {server} refused the sign-in of {user} (authentication failed: {reason}). Nothing was changed. Please ask IT to check the user name and its password (in {pgpass} or {pgpass_windows}) for the database {database}.</source>
        <translation>Loungens databaseserver {server} afviste login for {user} (godkendelse mislykkedes: {reason}). Intet er ændret. Bed IT om at tjekke brugernavnet og dets adgangskode (i {pgpass} eller {pgpass_windows}) til databasen {database}.</translation>
    </message>
    <message>
        <source>Cannot reach the lounge database server at {server}: {reason}. Nothing was changed. Please check the network, or ask IT whether the server is running.</source>
        <translation>Loungens databaseserver {server} kan ikke nås: {reason}. Intet er ændret. Tjek netværket, eller spørg IT, om serveren kører.</translation>
    </message>
</context>
<context>
    <name>OpeningWindow</name>
    <message>
        <source>VIP Desk: opening…</source>
        <translation>VIP Desk: åbner…</translation>
    </message>
    <message>
        <source>Building the demo lounge…</source>
        <translation>Bygger demo-loungen…</translation>
    </message>
    <message>
        <source>Opening the lounge…</source>
        <translation>Åbner loungen…</translation>
    </message>
</context>
<context>
    <name>OperatorReport</name>
    <message>
        <source>Operator report</source>
        <translation>Operatørrapport</translation>
    </message>
    <message>
        <source>All lounges</source>
        <translation>Alle lounger</translation>
    </message>
    <message>
        <source>{n} lounge</source>
        <translation>{n} lounge</translation>
    </message>
    <message>
        <source>{n} lounges</source>
        <translation>{n} lounger</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>{first} til {last}</translation>
    </message>
    <message>
        <source>Figures only, no guest&apos;s name: for the operator&apos;s administrators.</source>
        <translation>Kun tal, ingen gæstenavne: til operatørens administratorer.</translation>
    </message>
    <message>
        <source>{n} day</source>
        <translation>{n} dag</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} dage</translation>
    </message>
    <message>
        <source>Each lounge&apos;s day is its own local day: from local midnight to local midnight in the lounge&apos;s time zone, named in its row. Lounges in different time zones count different hours of the same date.</source>
        <translation>Hver lounges dag er dens egen lokale dag: fra lokal midnat til lokal midnat i loungens tidszone, som står i dens række. Lounger i forskellige tidszoner tæller forskellige timer af samme dato.</translation>
    </message>
    <message>
        <source>As the daily reports count: a visit counts on the local day it arrived; guests include companions; distinct guests count each named guest once, across lounges too. A visit&apos;s wait is all its waits together (nought if it never waited, a running wait until printing). Fatigue alerts: waits that reached the lounge&apos;s fatigue threshold. Feedback counts on the day it was recorded, with its status now.</source>
        <translation>Som de daglige rapporter tæller: et besøg tæller på den lokale dag, det ankom; gæster omfatter ledsagere; forskellige gæster tæller hver navngiven gæst én gang, også på tværs af lounger. Et besøgs ventetid er alle dets ventetider tilsammen (nul, hvis det aldrig ventede; en igangværende ventetid tæller til udskrivningen). Ventetidsalarmer: ventetider, der nåede loungens grænse for ventetidsalarm. Feedback tæller på den dag, den blev registreret, med sin status nu.</translation>
    </message>
    <message>
        <source>visits</source>
        <translation>besøg</translation>
    </message>
    <message>
        <source>guests, with companions</source>
        <translation>gæster, med ledsagere</translation>
    </message>
    <message>
        <source>distinct guests</source>
        <translation>forskellige gæster</translation>
    </message>
    <message>
        <source>median wait per visit</source>
        <translation>median ventetid pr. besøg</translation>
    </message>
    <message>
        <source>90% waited at most</source>
        <translation>90 % ventede højst</translation>
    </message>
    <message>
        <source>visits that waited 15 min or more</source>
        <translation>besøg der ventede 15 min eller mere</translation>
    </message>
    <message>
        <source>items of feedback</source>
        <translation>feedback i alt</translation>
    </message>
    <message>
        <source>feedback not yet resolved</source>
        <translation>feedback endnu ikke løst</translation>
    </message>
    <message>
        <source>Visits and waits</source>
        <translation>Besøg og ventetider</translation>
    </message>
    <message>
        <source>Lounge</source>
        <translation>Lounge</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Tidszone</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Besøg</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Gæster</translation>
    </message>
    <message>
        <source>Distinct
guests</source>
        <translation>Forskellige
gæster</translation>
    </message>
    <message>
        <source>Median
wait</source>
        <translation>Median
ventetid</translation>
    </message>
    <message>
        <source>90% waited
at most</source>
        <translation>90 % ventede
højst</translation>
    </message>
    <message>
        <source>Longest
wait</source>
        <translation>Længste
ventetid</translation>
    </message>
    <message>
        <source>Waited
10+ min</source>
        <translation>Ventede
10+ min</translation>
    </message>
    <message>
        <source>Waited
15+ min</source>
        <translation>Ventede
15+ min</translation>
    </message>
    <message>
        <source>Fatigue
alerts</source>
        <translation>Ventetids-
alarmer</translation>
    </message>
    <message>
        <source>Feedback: complaints, requests, suggestions and praise</source>
        <translation>Feedback: klager, ønsker, forslag og ros</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Sager</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Klager</translation>
    </message>
    <message>
        <source>Praise</source>
        <translation>Ros</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Løst</translation>
    </message>
    <message>
        <source>Not
resolved</source>
        <translation>Ikke
løst</translation>
    </message>
    <message>
        <source>Feedback by category</source>
        <translation>Feedback efter kategori</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Print…</source>
        <translation>Udskriv …</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Gem som PDF …</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message numerus="yes">
        <source>%n page</source>
        <translation>
            <numerusform>%n side</numerusform>
            <numerusform>%n sider</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pages</source>
        <translation>
            <numerusform>%n side</numerusform>
            <numerusform>%n sider</numerusform>
        </translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Ikke udskrevet</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Gem som PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be saved: %1</source>
        <translation>PDF-filen kunne ikke gemmes: %1</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Nothing was printed: %1</source>
        <translation>Intet blev udskrevet: %1</translation>
    </message>
    <message>
        <source>The printer “%1” could not be started. Check that it is switched on and has paper, choose another printer in Settings, or save the card as PDF from its preview.</source>
        <translation>Printeren “%1” kunne ikke startes. Tjek, at den er tændt og har papir, vælg en anden printer i indstillinger, eller gem velkomstkortet som PDF fra forhåndsvisningen.</translation>
    </message>
    <message>
        <source>The default printer could not be started. Check that it is switched on and has paper, choose a card printer in Settings, or save the card as PDF from its preview.</source>
        <translation>Standardprinteren kunne ikke startes. Tjek, at den er tændt og har papir, vælg en kortprinter i indstillinger, eller gem velkomstkortet som PDF fra forhåndsvisningen.</translation>
    </message>
    <message>
        <source>The printer “%1” could not be started. Check that it is switched on and has paper, then print again and choose it or another printer, or save as PDF instead.</source>
        <translation>Printeren “%1” kunne ikke startes. Tjek, at den er tændt og har papir, og udskriv igen med den eller en anden printer, eller gem som PDF i stedet.</translation>
    </message>
    <message>
        <source>The default printer could not be started. Check that it is switched on and has paper, then print again and choose another printer, or save as PDF instead.</source>
        <translation>Standardprinteren kunne ikke startes. Tjek, at den er tændt og har papir, og udskriv igen med en anden printer, eller gem som PDF i stedet.</translation>
    </message>
</context>
<context>
    <name>PromiseOutcomeDialog</name>
    <message>
        <source>Was the promise kept?</source>
        <translation>Blev løftet holdt?</translation>
    </message>
    <message>
        <source>Was the promise to the guest kept?</source>
        <translation>Blev løftet om opfølgning til gæsten holdt?</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Holdt</translation>
    </message>
    <message>
        <source>Not kept</source>
        <translation>Ikke holdt</translation>
    </message>
    <message>
        <source>No promise was made</source>
        <translation>Der blev ikke givet noget løfte</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
</context>
<context>
    <name>ReportLayout</name>
    <message>
        <source>Not known</source>
        <translation>Ukendt</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} t {minutes} min</translation>
    </message>
    <message>
        <source>{time} {days}d</source>
        <translation>{time} {days}d</translation>
    </message>
    <message>
        <source>Page {number} of {total}</source>
        <translation>Side {number} af {total}</translation>
    </message>
    <message>
        <source>Contains passengers&apos; personal data: share only with the airline or operator concerned, and dispose of it securely.</source>
        <translation>Indeholder passagerers personoplysninger: del dem kun med det berørte flyselskab eller den berørte operatør, og bortskaf dem sikkert.</translation>
    </message>
    <message>
        <source>Printed by {name} on {moment} ({zone})</source>
        <translation>Udskrevet af {name} {moment} ({zone})</translation>
    </message>
</context>
<context>
    <name>ReportsForm</name>
    <message>
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>to</source>
        <translation>til</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <source>The language the report is printed in</source>
        <translation>Det sprog, rapporten udskrives på</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Vis</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Udskriv …</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Gem PDF …</translation>
    </message>
    <message>
        <source>Save CSV…</source>
        <translation>Gem CSV …</translation>
    </message>
    <message>
        <source>Command-line runs</source>
        <translation>Kørsler fra kommandolinjen</translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <source>Pick a report and a day, then press Show.</source>
        <translation>Vælg en rapport og en dag, og tryk på Vis.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Building the report…</source>
        <translation>Rapporten laves …</translation>
    </message>
    <message>
        <source>The report was not built. Press Show to build it.</source>
        <translation>Rapporten blev ikke lavet. Tryk på Vis for at lave den.</translation>
    </message>
    <message>
        <source>Building the report… page %1 of %2</source>
        <translation>Rapporten laves … side %1 af %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 til %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 for %2: %n page.</source>
        <translation>
            <numerusform>%1 for %2: %n side.</numerusform>
            <numerusform>%1 for %2: %n sider.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 for %2: %n pages.</source>
        <translation>
            <numerusform>%1 for %2: %n side.</numerusform>
            <numerusform>%1 for %2: %n sider.</numerusform>
        </translation>
    </message>
    <message>
        <source>The report could not be built: an unexpected error (see the desk&apos;s log).</source>
        <translation>Rapporten kunne ikke laves: en uventet fejl (se skrankens log).</translation>
    </message>
    <message>
        <source>Press Show to build the report for this choice.</source>
        <translation>Tryk på Vis for at lave rapporten for dette valg.</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Ikke udskrevet</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Sendt til printeren.</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Gem rapporten som PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Gemt: %1.</translation>
    </message>
    <message>
        <source>Save the table as CSV</source>
        <translation>Gem tabellen som CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>The CSV could not be saved: %1</source>
        <translation>CSV-filen kunne ikke gemmes: %1</translation>
    </message>
    <message>
        <source>Daily guest report</source>
        <translation>Daglig gæsterapport</translation>
    </message>
    <message>
        <source>Daily complaint report</source>
        <translation>Daglig klagerapport</translation>
    </message>
    <message>
        <source>Operator report (all lounges)</source>
        <translation>Operatørrapport (alle lounger)</translation>
    </message>
</context>
<context>
    <name>ReserveDialog</name>
    <message>
        <source>Reserve {space}</source>
        <translation>Reservér {space}</translation>
    </message>
    <message>
        <source>For (guest&apos;s name)</source>
        <translation>Til (gæstens navn)</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Indtil</translation>
    </message>
    <message>
        <source>Reserve</source>
        <translation>Reservér</translation>
    </message>
</context>
<context>
    <name>RulesModel</name>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Way in</source>
        <translation>Adgangsret</translation>
    </message>
    <message>
        <source>Companions</source>
        <translation>Ledsagere</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Pris</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Til</translation>
    </message>
</context>
<context>
    <name>SafetyNet</name>
    <message>
        <source>VIP Desk</source>
        <translation>VIP Desk</translation>
    </message>
</context>
<context>
    <name>Saving</name>
    <message>
        <source>The folder {detail} does not exist.</source>
        <translation>Mappen {detail} findes ikke.</translation>
    </message>
    <message>
        <source>{path} is a folder. Choose a file name inside it.</source>
        <translation>{path} er en mappe. Vælg et filnavn i den.</translation>
    </message>
    <message>
        <source>{path} is a device, not a file. Choose a file.</source>
        <translation>{path} er en enhed, ikke en fil. Vælg en fil.</translation>
    </message>
    <message>
        <source>{path} is a pipe (FIFO), not a file. Choose a file.</source>
        <translation>{path} er en pipe (FIFO), ikke en fil. Vælg en fil.</translation>
    </message>
    <message>
        <source>{path} is a socket, not a file. Choose a file.</source>
        <translation>{path} er en socket, ikke en fil. Vælg en fil.</translation>
    </message>
    <message>
        <source>{path} is a link to another file. The desk does not write through links: choose the file itself.</source>
        <translation>{path} er et link til en anden fil. Skranken skriver ikke gennem links: vælg selve filen.</translation>
    </message>
    <message>
        <source>{path} is not a regular file. Choose a file.</source>
        <translation>{path} er ikke en almindelig fil. Vælg en fil.</translation>
    </message>
    <message>
        <source>{path} is a database. The desk never writes over a database: choose another name.</source>
        <translation>{path} er en database. Skranken skriver aldrig over en database: vælg et andet navn.</translation>
    </message>
    <message>
        <source>A database is open at {path} ({detail} is beside it). Choose another name.</source>
        <translation>Der er en åben database ved {path} ({detail} ligger ved siden af). Vælg et andet navn.</translation>
    </message>
    <message>
        <source>{path} belongs to the database {detail}. Choose another name.</source>
        <translation>{path} hører til databasen {detail}. Vælg et andet navn.</translation>
    </message>
    <message>
        <source>{path} cannot be read to make sure it is not a database ({detail}). Choose another name.</source>
        <translation>{path} kan ikke læses, så det kan ikke kontrolleres, at det ikke er en database ({detail}). Vælg et andet navn.</translation>
    </message>
    <message>
        <source>{path} already exists. Choose another name.</source>
        <translation>{path} findes allerede. Vælg et andet navn.</translation>
    </message>
    <message>
        <source>{path} is the same file as {detail}. Choose another name.</source>
        <translation>{path} er den samme fil som {detail}. Vælg et andet navn.</translation>
    </message>
    <message>
        <source>{path} is larger than {detail}: too large for this. Is it the right file?</source>
        <translation>{path} er større end {detail}: for stor til dette. Er det den rigtige fil?</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ikke gemt</translation>
    </message>
</context>
<context>
    <name>ScanRouter</name>
    <message>
        <source>A boarding pass was scanned; it will be read after sign-in.</source>
        <translation>Et boardingkort blev scannet; det læses, når der er logget ind.</translation>
    </message>
    <message>
        <source>A scanned pass is held: finish or cancel this first</source>
        <translation>Et scannet boardingkort venter: gør dette færdigt eller annuller det først</translation>
    </message>
    <message>
        <source>Pass of {name} held: finish or cancel this first</source>
        <translation>{name}s boardingkort venter: gør dette færdigt eller annuller det først</translation>
    </message>
    <message>
        <source>Pass of {name} held: check in or clear the guest on screen first</source>
        <translation>{name}s boardingkort venter: tjek først gæsten på skærmen ind, eller ryd skærmen</translation>
    </message>
    <message>
        <source>A scanned pass is held: check in or clear the guest on screen first</source>
        <translation>Et scannet boardingkort venter: tjek først gæsten på skærmen ind, eller ryd skærmen</translation>
    </message>
    <message>
        <source>A boarding pass scanned while the desk was locked was not read: it is more than two minutes old. Please scan it again.</source>
        <translation>Et boardingkort, der blev scannet, mens skranken var låst, er ikke læst: det er mere end to minutter gammelt. Scan det igen.</translation>
    </message>
</context>
<context>
    <name>Screens</name>
    <message>
        <source>Check-in desk</source>
        <translation>Indtjekning</translation>
    </message>
    <message>
        <source>Lounge board</source>
        <translation>Loungetavle</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Klager</translation>
    </message>
    <message>
        <source>Shift &amp; handover</source>
        <translation>Vagt og vagtoverdragelse</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personale</translation>
    </message>
    <message>
        <source>Erase a guest</source>
        <translation>Slet en gæst</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Indstillinger</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <source>Settings</source>
        <translation>Indstillinger</translation>
    </message>
    <message>
        <source>Lounge</source>
        <translation>Lounge</translation>
    </message>
    <message>
        <source>Lounge name</source>
        <translation>Loungens navn</translation>
    </message>
    <message>
        <source>Save lounge settings</source>
        <translation>Gem loungens indstillinger</translation>
    </message>
    <message>
        <source>This desk</source>
        <translation>Denne skranke</translation>
    </message>
    <message>
        <source>Desk name</source>
        <translation>Skrankens navn</translation>
    </message>
    <message>
        <source>How this desk is named on the audit trail and on each check-in, e.g. Desk 1 or Office. Empty: the PC&apos;s name.</source>
        <translation>Skrankens navn i revisionssporet og ved hver indtjekning, f.eks. Skranke 1 eller Kontor. Tom: pc&apos;ens navn.</translation>
    </message>
    <message>
        <source>Set up another lounge…</source>
        <translation>Opret endnu en lounge…</translation>
    </message>
    <message>
        <source>A new lounge in this database, with its own first administrator and staff (administrators only). This desk keeps serving its lounge until you choose another above.</source>
        <translation>En ny lounge i denne database med egen første administrator og egne medarbejdere (kun administratorer). Skranken betjener fortsat sin lounge, indtil du vælger en anden ovenfor.</translation>
    </message>
    <message>
        <source>Welcome card printer</source>
        <translation>Printer til velkomstkort</translation>
    </message>
    <message>
        <source>Card size</source>
        <translation>Kortstørrelse</translation>
    </message>
    <message>
        <source>Print the welcome card automatically after check-in</source>
        <translation>Udskriv velkomstkortet automatisk efter indtjekning</translation>
    </message>
    <message>
        <source>Scanner prefix</source>
        <translation>Scannerpræfiks</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>Only for a scanner set up to type something before each barcode: type the same characters here.</source>
        <translation>Kun til en scanner, der er sat op til at skrive noget før hver stregkode: skriv de samme tegn her.</translation>
    </message>
    <message>
        <source>Scanner suffix</source>
        <translation>Scannersuffiks</translation>
    </message>
    <message>
        <source>Only for a scanner set up to type something after each barcode, before its Enter: type the same characters here.</source>
        <translation>Kun til en scanner, der er sat op til at skrive noget efter hver stregkode, før Enter: skriv de samme tegn her.</translation>
    </message>
    <message>
        <source>Save desk settings</source>
        <translation>Gem skrankens indstillinger</translation>
    </message>
    <message>
        <source>Access rules</source>
        <translation>Adgangsregler</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Flyt op</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Flyt ned</translation>
    </message>
    <message>
        <source>Switch on/off</source>
        <translation>Slå til/fra</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Way in</source>
        <translation>Adgangsret</translation>
    </message>
    <message>
        <source>Cabin</source>
        <translation>Kabineklasse</translation>
    </message>
    <message>
        <source>Airline</source>
        <translation>Flyselskab</translation>
    </message>
    <message>
        <source>any</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>Frequent-flyer tiers</source>
        <translation>Bonusniveauer</translation>
    </message>
    <message>
        <source>e.g. Gold, Diamond</source>
        <translation>f.eks. Gold, Diamond</translation>
    </message>
    <message>
        <source>Membership card pattern</source>
        <translation>Mønster for medlemskort</translation>
    </message>
    <message>
        <source>prefix, or re:regular expression</source>
        <translation>præfiks, eller re:regulært udtryk</translation>
    </message>
    <message>
        <source>Entry price</source>
        <translation>Adgangspris</translation>
    </message>
    <message>
        <source>Free companions</source>
        <translation>Gratis ledsagere</translation>
    </message>
    <message>
        <source>Paid companions</source>
        <translation>Betalende ledsagere</translation>
    </message>
    <message>
        <source>Price per companion</source>
        <translation>Pris pr. ledsager</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>Ny regel</translation>
    </message>
    <message>
        <source>Save rule</source>
        <translation>Gem regel</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Language of the desk</source>
        <translation>Skrankens sprog</translation>
    </message>
    <message>
        <source>The language the sign-in screen speaks, and that of staff who have not chosen their own there.</source>
        <translation>Det sprog, log ind-skærmen taler, og som medarbejdere får, der ikke selv har valgt et der.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sikkerhedskopier</translation>
    </message>
    <message>
        <source>The system&apos;s default printer</source>
        <translation>Systemets standardprinter</translation>
    </message>
    <message>
        <source>%1 (not found)</source>
        <translation>%1 (ikke fundet)</translation>
    </message>
    <message>
        <source>%1 is set up, with its own administrator. To have this desk serve it, choose it above and save the desk settings: it takes effect when VIP Desk next starts.</source>
        <translation>%1 er oprettet med egen administrator. Skal skranken betjene den, så vælg den ovenfor og gem skrankens indstillinger: det gælder fra næste gang, VIP Desk starter.</translation>
    </message>
    <message>
        <source>The lounge this desk serves on this database. A change takes effect when VIP Desk next starts.</source>
        <translation>Den lounge, skranken betjener i denne database. En ændring gælder fra næste gang, VIP Desk starter.</translation>
    </message>
    <message>
        <source>This desk serves %1 from its next start: close VIP Desk and open it again.</source>
        <translation>Skranken betjener %1 fra næste start: luk VIP Desk, og åbn det igen.</translation>
    </message>
    <message>
        <source>Select a rule first.</source>
        <translation>Vælg først en regel.</translation>
    </message>
    <message>
        <source>This lounge&apos;s database is on a PostgreSQL server: back it up with pg_dump -Fc (for example pg_dump -Fc -f vipdesk.dump vipdesk) and restore it with pg_restore --clean; VIP Desk&apos;s own backups are for a single kiosk&apos;s SQLite file.</source>
        <translation>Loungens database ligger på en PostgreSQL-server: tag sikkerhedskopi med pg_dump -Fc (f.eks. pg_dump -Fc -f vipdesk.dump vipdesk), og gendan med pg_restore --clean; VIP Desks egne sikkerhedskopier er til en enkelt kiosks SQLite-fil.</translation>
    </message>
</context>
<context>
    <name>SignInForm</name>
    <message>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <source>The language the desk speaks to you: remembered when you sign in</source>
        <translation>Det sprog, skranken taler til dig: huskes, når du logger ind</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Medarbejder</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Pinkode</translation>
    </message>
    <message>
        <source>Your personal PIN</source>
        <translation>Din personlige pinkode</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Ryd</translation>
    </message>
    <message>
        <source>Delete last digit</source>
        <translation>Slet sidste ciffer</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Log ind</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <source>Desk locked. {name}, type your PIN, or tap another name.</source>
        <translation>Skranken er låst. {name}, tast din pinkode, eller tryk på et andet navn.</translation>
    </message>
    <message>
        <source>Who is at the desk?</source>
        <translation>Hvem står i skranken?</translation>
    </message>
    <message>
        <source>Tap your name first.</source>
        <translation>Tryk først på dit navn.</translation>
    </message>
    <message>
        <source>Checking your PIN…</source>
        <translation>Tjekker din pinkode…</translation>
    </message>
</context>
<context>
    <name>SpaceWords</name>
    <message numerus="yes">
        <source>free (%n seat)</source>
        <translation>
            <numerusform>ledig (%n plads)</numerusform>
            <numerusform>ledig (%n pladser)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>free (%n seats)</source>
        <translation>
            <numerusform>ledig (%n plads)</numerusform>
            <numerusform>ledig (%n pladser)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{space} has %n free seat; this party is {party}. Please choose another space, or offer the waiting list (F4).</source>
        <translation>
            <numerusform>{space} har %n ledig plads; selskabet er på {party}. Vælg et andet område, eller tilbyd ventelisten (F4).</numerusform>
            <numerusform>{space} har %n ledige pladser; selskabet er på {party}. Vælg et andet område, eller tilbyd ventelisten (F4).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{space} has %n free seats; this party is {party}. Please choose another space, or offer the waiting list (F4).</source>
        <translation>
            <numerusform>{space} har %n ledig plads; selskabet er på {party}. Vælg et andet område, eller tilbyd ventelisten (F4).</numerusform>
            <numerusform>{space} har %n ledige pladser; selskabet er på {party}. Vælg et andet område, eller tilbyd ventelisten (F4).</numerusform>
        </translation>
    </message>
    <message>
        <source>being prepared</source>
        <translation>gøres klar</translation>
    </message>
    <message>
        <source>reserved for {name} until {time}</source>
        <translation>reserveret til {name} indtil kl. {time}</translation>
    </message>
    <message>
        <source>reserved</source>
        <translation>reserveret</translation>
    </message>
    <message>
        <source>full ({counts})</source>
        <translation>fuld ({counts})</translation>
    </message>
    <message>
        <source>{free} of {capacity} seats free</source>
        <translation>{free} af {capacity} pladser ledige</translation>
    </message>
    <message>
        <source>occupied ({counts})</source>
        <translation>optaget ({counts})</translation>
    </message>
    <message>
        <source>{space} seats {capacity}; this party is {party}. Please choose a larger space.</source>
        <translation>{space} har plads til {capacity}; selskabet er på {party}. Vælg et større område.</translation>
    </message>
    <message>
        <source>{space} is closed. Please choose another space.</source>
        <translation>{space} er lukket. Vælg et andet område.</translation>
    </message>
    <message>
        <source>{space} cannot take this party: {state}. Please choose another space, or offer the waiting list (F4).</source>
        <translation>{space} kan ikke tage dette selskab: {state}. Vælg et andet område, eller tilbyd ventelisten (F4).</translation>
    </message>
</context>
<context>
    <name>StaffForm</name>
    <message>
        <source>Staff</source>
        <translation>Medarbejdere</translation>
    </message>
    <message>
        <source>Add a staff member</source>
        <translation>Tilføj en medarbejder</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>PIN (not for attendants)</source>
        <translation>Pinkode (ikke til tjenere)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Tilføj</translation>
    </message>
    <message>
        <source>Selected staff member</source>
        <translation>Valgt medarbejder</translation>
    </message>
    <message>
        <source>Select someone in the list.</source>
        <translation>Vælg en person på listen.</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Omdøb</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Skift rolle</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Ny pinkode</translation>
    </message>
    <message>
        <source>Set new PIN</source>
        <translation>Angiv ny pinkode</translation>
    </message>
    <message>
        <source>Clear PIN lockout</source>
        <translation>Ophæv pinkodespærring</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deaktivér</translation>
    </message>
</context>
<context>
    <name>StaffScreen</name>
    <message>
        <source>Select someone in the list.</source>
        <translation>Vælg en person på listen.</translation>
    </message>
    <message>
        <source>Select a staff member first.</source>
        <translation>Vælg en medarbejder først.</translation>
    </message>
    <message>
        <source>{name} is added as an attendant.</source>
        <translation>{name} er tilføjet som tjener.</translation>
    </message>
    <message>
        <source>{name} is added and can sign in with the PIN you gave.</source>
        <translation>{name} er tilføjet og kan logge ind med den pinkode, du har angivet.</translation>
    </message>
    <message>
        <source>{name} has a new PIN and can sign in with it now.</source>
        <translation>{name} har en ny pinkode og kan logge ind med den nu.</translation>
    </message>
    <message>
        <source>{old} is now called {name}; everything they did stays theirs.</source>
        <translation>{old} hedder nu {name}; alt, hvad vedkommende har gjort, står stadig i vedkommendes navn.</translation>
    </message>
    <message>
        <source>{name} is already {role}.</source>
        <translation>{name} er allerede {role}.</translation>
    </message>
    <message>
        <source>{name} is now an attendant and no longer signs in.</source>
        <translation>{name} er nu tjener og logger ikke længere ind.</translation>
    </message>
    <message>
        <source>{name} is now {role}. Set a PIN for them if they have none.</source>
        <translation>{name} er nu {role}. Angiv en pinkode, hvis vedkommende ikke har en.</translation>
    </message>
    <message>
        <source>{name} is now {role}.</source>
        <translation>{name} er nu {role}.</translation>
    </message>
    <message>
        <source>{name} can try their PIN again now.</source>
        <translation>{name} kan prøve sin pinkode igen nu.</translation>
    </message>
    <message>
        <source>{name} is deactivated and can no longer sign in.</source>
        <translation>{name} er deaktiveret og kan ikke længere logge ind.</translation>
    </message>
</context>
<context>
    <name>StaffTableModel</name>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Signs in</source>
        <translation>Logger ind</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Deaktiveret</translation>
    </message>
    <message>
        <source>Locked out until {time}</source>
        <translation>Spærret indtil {time}</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Front desk</source>
        <translation>Skranke</translation>
    </message>
    <message>
        <source>Duty manager</source>
        <translation>Vagthavende leder</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Attendant</source>
        <translation>Tjener</translation>
    </message>
    <message>
        <source>Lobby</source>
        <translation>Lobby</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>Boks</translation>
    </message>
    <message>
        <source>VIP room</source>
        <translation>VIP-rum</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Ledig</translation>
    </message>
    <message>
        <source>Being prepared</source>
        <translation>Klargøres</translation>
    </message>
    <message>
        <source>Occupied</source>
        <translation>Optaget</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reserveret</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Første klasse</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Business</translation>
    </message>
    <message>
        <source>Premium economy</source>
        <translation>Premium economy</translation>
    </message>
    <message>
        <source>Economy</source>
        <translation>Økonomi</translation>
    </message>
    <message>
        <source>Cabin class</source>
        <translation>Kabineklasse</translation>
    </message>
    <message>
        <source>Frequent flyer</source>
        <translation>Bonusmedlem</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Medlemskab</translation>
    </message>
    <message>
        <source>Paid entry</source>
        <translation>Betalt adgang</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Invitation</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>Undtagelse</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Venter</translation>
    </message>
    <message>
        <source>Seated</source>
        <translation>Placeret</translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation>Tjekket ud</translation>
    </message>
    <message>
        <source>Desk queue</source>
        <translation>Kø ved skranken</translation>
    </message>
    <message>
        <source>Lounge full</source>
        <translation>Loungen er fuld</translation>
    </message>
    <message>
        <source>Room preparing</source>
        <translation>Rummet klargøres</translation>
    </message>
    <message>
        <source>Settling</source>
        <translation>Betaler</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Personligt</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Klage</translation>
    </message>
    <message>
        <source>Praise</source>
        <translation>Ros</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Ønske</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Forslag</translation>
    </message>
    <message>
        <source>Food and beverage</source>
        <translation>Mad og drikke</translation>
    </message>
    <message>
        <source>Cleanliness</source>
        <translation>Renlighed</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>Støj</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personale</translation>
    </message>
    <message>
        <source>Wi-Fi and IT</source>
        <translation>Wi-Fi og IT</translation>
    </message>
    <message>
        <source>Seating and space</source>
        <translation>Pladser og områder</translation>
    </message>
    <message>
        <source>Flight information</source>
        <translation>Flyinformation</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Regning</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andet</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Lav</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Middel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Høj</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisk</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Tildelt</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>I gang</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Løst</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Lukket</translation>
    </message>
    <message>
        <source>Housekeeping</source>
        <translation>Rengøring</translation>
    </message>
    <message>
        <source>IT</source>
        <translation>IT</translation>
    </message>
    <message>
        <source>Airline liaison</source>
        <translation>Flyselskabskontakt</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sikkerhed</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>Ledelse</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åben</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Udført</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulleret</translation>
    </message>
    <message>
        <source>lobby</source>
        <translation>lobby</translation>
    </message>
    <message>
        <source>box</source>
        <translation>boks</translation>
    </message>
    <message>
        <source>free</source>
        <translation>ledig</translation>
    </message>
    <message>
        <source>being prepared</source>
        <translation>klargøres</translation>
    </message>
    <message>
        <source>occupied</source>
        <translation>optaget</translation>
    </message>
    <message>
        <source>reserved</source>
        <translation>reserveret</translation>
    </message>
    <message>
        <source>queue at the desk</source>
        <translation>i kø ved skranken</translation>
    </message>
    <message>
        <source>lounge full</source>
        <translation>loungen er fuld</translation>
    </message>
    <message>
        <source>room being prepared</source>
        <translation>rummet klargøres</translation>
    </message>
    <message>
        <source>settling at check-out</source>
        <translation>betaler ved udtjekning</translation>
    </message>
    <message>
        <source>open</source>
        <translation>åben</translation>
    </message>
    <message>
        <source>done</source>
        <translation>udført</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulleret</translation>
    </message>
    <message>
        <source>Frequent-flyer tier</source>
        <translation>Bonusniveau</translation>
    </message>
    <message>
        <source>Lounge membership</source>
        <translation>Loungemedlemskab</translation>
    </message>
    <message>
        <source>First class</source>
        <translation>Første klasse</translation>
    </message>
    <message>
        <source>Business class</source>
        <translation>Businessklasse</translation>
    </message>
    <message>
        <source>Economy class</source>
        <translation>Økonomiklasse</translation>
    </message>
</context>
<context>
    <name>_WaitDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
</context>
</TS>
