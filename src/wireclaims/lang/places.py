"""Place names in English: countries, their common short forms, and cities that head wire datelines.

The statistical model sometimes tags a place as a person (`in Lagos` -> PERSON); a place is never a person
speaker, and a country that "said" something is its government. Extend by adding names to the sets below.
"""

from __future__ import annotations

COUNTRIES = frozenset(
    """Afghanistan|Albania|Algeria|Andorra|Angola|Argentina|Armenia|Australia|Austria|Azerbaijan|Bahamas|
    Bahrain|Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|Bhutan|Bolivia|Bosnia|Bosnia and Herzegovina|
    Botswana|Brazil|Brunei|Bulgaria|Burkina Faso|Burundi|Cambodia|Cameroon|Canada|Cape Verde|
    Central African Republic|Chad|Chile|China|Colombia|Comoros|Congo|Costa Rica|Croatia|Cuba|Cyprus|
    Czech Republic|Czechia|Denmark|Djibouti|Dominica|Dominican Republic|East Timor|Ecuador|Egypt|
    El Salvador|Equatorial Guinea|Eritrea|Estonia|Eswatini|Ethiopia|Fiji|Finland|France|Gabon|Gambia|
    Georgia|Germany|Ghana|Greece|Grenada|Guatemala|Guinea|Guinea-Bissau|Guyana|Haiti|Honduras|Hungary|
    Iceland|India|Indonesia|Iran|Iraq|Ireland|Israel|Italy|Ivory Coast|Jamaica|Japan|Jordan|Kazakhstan|
    Kenya|Kiribati|Kosovo|Kuwait|Kyrgyzstan|Laos|Latvia|Lebanon|Lesotho|Liberia|Libya|Liechtenstein|
    Lithuania|Luxembourg|Madagascar|Malawi|Malaysia|Maldives|Mali|Malta|Mauritania|Mauritius|Mexico|
    Micronesia|Moldova|Monaco|Mongolia|Montenegro|Morocco|Mozambique|Myanmar|Namibia|Nauru|Nepal|
    Netherlands|New Zealand|Nicaragua|Niger|Nigeria|North Korea|North Macedonia|Norway|Oman|Pakistan|
    Palau|Palestine|Panama|Papua New Guinea|Paraguay|Peru|Philippines|Poland|Portugal|Qatar|Romania|
    Russia|Rwanda|Samoa|San Marino|Saudi Arabia|Senegal|Serbia|Seychelles|Sierra Leone|Singapore|
    Slovakia|Slovenia|Solomon Islands|Somalia|South Africa|South Korea|South Sudan|Spain|Sri Lanka|Sudan|
    Suriname|Sweden|Switzerland|Syria|Taiwan|Tajikistan|Tanzania|Thailand|Togo|Tonga|
    Trinidad and Tobago|Tunisia|Turkey|Turkiye|Turkmenistan|Tuvalu|Uganda|Ukraine|United Arab Emirates|
    United Kingdom|United States|Uruguay|Uzbekistan|Vanuatu|Vatican|Venezuela|Vietnam|Yemen|Zambia|
    Zimbabwe|Britain|Great Britain|England|Scotland|Wales|Northern Ireland|America|Holland|Burma|UAE|UK|US|
    U.S.|USA|EU|European Union|Hong Kong|Macau|Greenland|Puerto Rico|Gaza|West Bank|Crimea|Kurdistan|
    Tibet|Xinjiang|Catalonia|Quebec|Flanders""".replace("\n", "")
    .replace("    ", "")
    .split("|")
)

CITIES = frozenset(
    """Abidjan|Abu Dhabi|Abuja|Accra|Addis Ababa|Algiers|Almaty|Amman|Amsterdam|Ankara|Antananarivo|Athens|
    Atlanta|Auckland|Baghdad|Baku|Bamako|Bangkok|Bangui|Barcelona|Beijing|Beirut|Belgrade|Berlin|Bern|
    Bogota|Bonn|Boston|Brasilia|Bratislava|Brazzaville|Brussels|Bucharest|Budapest|Buenos Aires|Cairo|
    Calgary|Canberra|Cape Town|Caracas|Casablanca|Chicago|Colombo|Conakry|Copenhagen|Dakar|Dallas|
    Damascus|Dar es Salaam|Davos|Delhi|Denver|Detroit|Dhaka|Doha|Dubai|Dublin|Durban|Edinburgh|Frankfurt|
    Freetown|Gaborone|Geneva|Glasgow|Goma|Guatemala City|Hamburg|Hanoi|Harare|Havana|Helsinki|
    Ho Chi Minh City|Hong Kong|Houston|Islamabad|Istanbul|Jakarta|Jerusalem|Johannesburg|Juba|Kabul|
    Kampala|Karachi|Kathmandu|Khartoum|Kigali|Kinshasa|Kyiv|Kiev|Kolkata|Kuala Lumpur|Kuwait City|Lagos|
    La Paz|Libreville|Lilongwe|Lima|Lisbon|Ljubljana|Lome|London|Los Angeles|Luanda|Lusaka|Luxembourg|
    Lyon|Madrid|Managua|Manama|Manila|Maputo|Marseille|Melbourne|Mexico City|Miami|Milan|Minsk|Mogadishu|
    Mombasa|Monrovia|Montevideo|Montreal|Moscow|Mumbai|Munich|Muscat|Nairobi|New Delhi|New York|Niamey|
    Nicosia|Nouakchott|Oslo|Ottawa|Ouagadougou|Panama City|Paris|Phnom Penh|Port-au-Prince|Prague|
    Pretoria|Quito|Rabat|Riga|Rio de Janeiro|Riyadh|Rome|San Francisco|San Jose|Santiago|Santo Domingo|
    Sao Paulo|Sarajevo|Seattle|Seoul|Shanghai|Singapore|Skopje|Sofia|Stockholm|Strasbourg|Sydney|Taipei|
    Tallinn|Tashkent|Tbilisi|Tegucigalpa|Tehran|Tel Aviv|The Hague|Tirana|Tokyo|Toronto|Tripoli|Tunis|
    Ulaanbaatar|Vancouver|Vienna|Vientiane|Vilnius|Warsaw|Washington|Wellington|Windhoek|Yangon|Yaounde|
    Yerevan|Zagreb|Zurich""".replace("\n", "")
    .replace("    ", "")
    .split("|")
)

PLACES = COUNTRIES | CITIES


def is_place(name: str) -> bool:
    """Whether `name` (as written, `the` allowed) is a known country or city."""
    text = name.strip()
    if text.lower().startswith("the "):
        text = text[4:]
    return text in PLACES or text.title() in PLACES


# Prepositions that make the capitalised words after them a place (`in Marlow`, `near Dover`): a phrase
# ending `in Marlow, Kentucky,` is a place and its state, not a description and a name. Add words as needed.
LOCATIVE_PREPOSITIONS = frozenset("in at near outside from across".split())
