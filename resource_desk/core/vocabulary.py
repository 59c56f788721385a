"""The tag vocabulary a new catalogue starts with, in respectful, current language.

Aliases are the words other lists use for the same thing; the importer matches them
case- and accent-insensitively ("LGBT", "Gay/Lesbian/Bisexual/Transgender Individuals").
"""

from __future__ import annotations

import zlib

# (name, colour, aliases)
IDENTITY_TAGS: list[tuple[str, str, list[str]]] = [
    ("LGBTQIA+", "#8e44ad", ["LGBT", "LGBTQ", "LGBTQ+", "LGBTQI", "LGBTQIA", "GLBT", "queer", "gay", "lesbian",
                             "bisexual", "sexual minorities", "Gay/Lesbian/Bisexual/Transgender Individuals",
                             "Gay/Lesbian/Bisexual/Transgender Issues",
                             "Gay, Lesbian, Bisexual, Transgender Individuals", "LGBTQ people"]),
    ("Transgender & nonbinary", "#d35a9e", ["trans", "transgender", "transgender individuals", "nonbinary",
                                            "non-binary", "genderqueer", "gender nonconforming", "gender diverse",
                                            "trans and nonbinary", "TGNC", "TGNB"]),
    ("Two-Spirit", "#b9770e", ["two spirit", "2S", "2-spirit"]),
    ("BIPOC", "#a04000", ["people of color", "POC", "QTBIPOC", "communities of color"]),
    ("Black", "#5d4037", ["African American", "Black-led", "African American community", "Afro-Caribbean",
                          "Black Community"]),
    ("Latine", "#c0392b", ["Latinx", "Latino", "Latina", "Latino/a", "Hispanic", "Hispanic/Latino",
                           "Hispanic/Latino Community", "Latino Community", "Hispanic Community"]),
    ("Indigenous", "#7d6608", ["Native American", "American Indian", "Native", "First Nations",
                               "American Indians/Alaska Natives", "Alaska Native", "Native American Community",
                               "American Indian Community"]),
    ("Asian American & Pacific Islander", "#148f77", ["AAPI", "Asian", "Asian American", "Pacific Islander",
                                                      "Asian Americans", "Native Hawaiian", "API", "Asian Community",
                                                      "Asian American Community", "Pacific Islander Community",
                                                      "Chinese Community", "Filipino Community", "Vietnamese Community",
                                                      "Korean Community", "Japanese Community"]),
    ("Immigrant & refugee", "#1f618d", ["immigrant", "immigrants", "refugee", "refugees", "asylum seekers",
                                        "newcomers", "Immigrant/Refugee"]),
    ("Undocumented", "#2e86c1", ["undocumented immigrants", "undocumented people", "mixed-status families",
                                 "Undocumented Immigrants"]),
    ("Disabled", "#117a65", ["disability", "people with disabilities", "disabled people", "Individuals with Disabilities",
                             "disabilities", "Blind/Visually Impaired"]),
    ("Deaf & hard of hearing", "#0e6655", ["deaf", "hard of hearing", "Deaf/Hard of Hearing", "HoH", "DeafBlind", "Deaf Community"]),
    ("Neurodivergent", "#6c3483", ["autistic", "autism", "ADHD", "neurodiverse", "developmental disabilities"]),
    ("Women", "#922b21", ["woman", "women's", "female", "women and girls", "Women's services"]),
    ("Youth", "#d68910", ["young people", "teens", "adolescents", "youth", "young adults", "TAY",
                          "transition age youth", "children", "Children/Youth", "Children and Youth"]),
    ("Older adults", "#6e2c00", ["seniors", "elders", "older adult", "Older Adults", "aging", "Senior Citizens"]),
    ("Veterans", "#1b4f72", ["veteran", "military", "Veterans/Military", "service members"]),
    ("Unhoused", "#515a5a", ["homeless", "homeless people", "people experiencing homelessness", "unsheltered",
                             "Homeless People", "houseless"]),
    ("Formerly incarcerated", "#4d5656", ["reentry", "re-entry", "ex-offenders", "formerly incarcerated people",
                                          "justice-involved", "Ex-Offenders", "returning citizens"]),
    ("Survivors of violence", "#943126", ["survivors", "victims", "crime victims", "Crime Victims",
                                          "survivors of abuse", "trauma survivors", "Domestic Violence Survivors",
                                          "Sexual Assault Survivors"]),
]

NEED_TAGS: list[tuple[str, str, list[str]]] = [
    ("Crisis & safety", "#cb4335", ["crisis", "crisis intervention", "suicide prevention", "hotline", "crisis line",
                                    "emergency", "safety planning", "Crisis Intervention",
                                    "Crisis Intervention Hotlines/Helplines", "Suicide Prevention Hotlines"]),
    ("Housing & shelter", "#ca6f1e", ["housing", "shelter", "emergency shelter", "transitional housing",
                                      "rental assistance", "Housing/Shelter", "homeless shelter", "Housing"]),
    ("Food", "#229954", ["food pantry", "meals", "groceries", "food bank", "nutrition", "Food Pantries", "soup kitchen",
                         "Emergency Food", "Soup Kitchens", "Food Stamps/SNAP", "Food Banks"]),
    ("Legal aid", "#2471a3", ["legal", "legal services", "legal assistance", "lawyer", "Legal Services",
                              "Legal Assistance", "General Legal Aid", "Lawyer Referral Services"]),
    ("Immigration legal help", "#1a5276", ["immigration", "immigration services", "immigration legal services",
                                           "DACA", "asylum", "Immigration Legal Services", "citizenship"]),
    ("Health care", "#17a589", ["health", "medical care", "primary care", "clinic", "Health Care", "medical"]),
    ("Gender-affirming care", "#af7ac5", ["gender affirming care", "transgender health", "hormone therapy", "HRT",
                                          "gender-affirming surgery", "trans health"]),
    ("Mental health", "#5dade2", ["counseling", "therapy", "mental health services", "psychotherapy",
                                  "Mental Health Care", "behavioral health", "Counseling", "Mental Health Support Services"]),
    ("Substance use", "#7fb3d5", ["substance abuse", "addiction", "recovery", "harm reduction", "Substance Abuse",
                                  "alcohol", "drug treatment", "Substance Abuse Services",
                                  "Substance Use Disorder Services"]),
    ("Employment", "#d4ac0d", ["jobs", "job training", "work", "Employment", "career", "job search"]),
    ("Education", "#f4d03f", ["school", "classes", "ESL", "literacy", "tutoring", "GED", "Education"]),
    ("Money & benefits", "#27ae60", ["benefits", "financial assistance", "public benefits", "cash assistance",
                                     "Money Management", "budgeting", "SNAP", "tax help", "Finances"]),
    ("Domestic violence", "#a93226", ["intimate partner violence", "IPV", "domestic abuse",
                                      "Domestic Violence Shelters", "family violence", "Domestic Violence",
                                      "Domestic Violence Hotlines"]),
    ("Sexual assault", "#884ea0", ["rape", "sexual violence", "sexual abuse", "Sexual Assault Services",
                                   "Sexual Assault", "Sexual Assault Hotlines"]),
    ("Peer support", "#48c9b0", ["peer", "peer-led", "support group", "support groups", "Support Groups", "mutual aid",
                                  "Mutual Support"]),
    ("Community & belonging", "#52be80", ["community", "social", "drop-in", "community center", "social groups",
                                          "belonging", "Community Centers"]),
    ("Advocacy & organizing", "#e67e22", ["advocacy", "organizing", "civil rights", "Advocacy", "policy",
                                          "community organizing"]),
    ("Transportation", "#85929e", ["transit", "rides", "bus passes", "Transportation"]),
    ("Family & childcare", "#f5b041", ["childcare", "child care", "parenting", "family support", "Family Support",
                                       "Child Care", "Child Care Providers"]),
    ("Disability services", "#16a085", ["disability services", "accessibility", "independent living",
                                        "Disability Services", "assistive technology"]),
    ("Interpretation", "#5499c7", ["interpreter", "translation", "interpreting", "language access",
                                   "Interpretation/Translation"]),
]


def entries():
    """Every vocabulary tag as (facet, name, aliases, keywords)."""
    for facet, vocabulary in (("identity", IDENTITY_TAGS), ("need", NEED_TAGS)):
        for name, _color, aliases in vocabulary:
            yield facet, name, aliases, KEYWORDS.get(f"{facet}:{name}", ())


# Colours for tags made later (by hand or on import), readable behind white text.
PALETTE = ("#8e44ad", "#c0392b", "#d35400", "#b7950b", "#229954", "#138d75", "#2471a3", "#1f618d",
           "#6c3483", "#a04000", "#117a65", "#5d6d7e", "#943126", "#1a5276", "#7d6608", "#4d5656")


def color_for(name: str) -> str:
    """A steady colour for a new tag: the same name always gets the same one."""
    return PALETTE[zlib.crc32(name.casefold().encode("utf-8")) % len(PALETTE)]


# Words and phrases that, found in a resource's name, description, eligibility or source
# categories, suggest a tag (resource_desk.core.suggestions). Keyed "facet:name" like the tags
# above; English and Spanish; written singular and in any case or accents (matching folds both
# and takes plurals). A phrase may suggest several tags: "battered women" is listed under each
# it stands for, because a longer phrase hides the shorter ones inside it. Phrases that must
# suggest nothing ("animal shelter", "immigration status") are the engine's, not a tag's.
KEYWORDS: dict[str, tuple[str, ...]] = {
    # -- identity -------------------------------------------------------------------------
    "identity:LGBTQIA+": (
        "LGBT", "LGBTQ", "LGBTQ+", "LGBTQI", "LGBTQIA", "LGBTQIA+", "LGBTQIA2S", "LGBTQ2", "LGBTQ2S",
        "LGBTQQ", "LGBTI", "LGBTIQ", "GLBT", "GLBTQ", "queer", "gay", "gay men", "lesbian", "bisexual",
        "same-sex", "sexual minority", "sexual and gender minorities", "QTBIPOC", "QTPOC", "Black LGBTQ",
        "Black queer", "LGBT center", "LGBTQ center", "LGBT community center", "LGBTQ community center",
        "diversidad sexual", "lesbiana", "comunidad LGBT", "comunidad LGBTQ"),
    "identity:Transgender & nonbinary": (
        "transgender", "trans", "nonbinary", "non-binary", "genderqueer", "gender nonconforming",
        "gender non-conforming", "gender variant", "gender diverse", "gender expansive", "gender fluid",
        "gender-affirming", "gender-affirming care", "gender-affirming health care", "gender-affirming surgery",
        "gender-affirming hormones", "gender-affirming medical care", "transgender health", "trans health",
        "TGNC", "TGNB", "TGI", "Black trans", "transgénero", "personas trans", "mujeres trans",
        "hombres trans", "no binario", "no binaria"),
    "identity:Two-Spirit": ("Two-Spirit", "two spirited", "2-spirit"),
    "identity:BIPOC": (
        "BIPOC", "QTBIPOC", "QTPOC", "people of color", "person of color", "communities of color",
        "community of color", "youth of color", "women of color", "Black and brown", "personas de color",
        "comunidades de color"),
    "identity:Black": (
        "African American", "African-American community", "Afro-Caribbean", "Afro-Latino", "Afro-Latina",
        "Afro-Latinx", "Black community", "Black communities", "Black families", "Black people",
        "Black residents", "Black folks", "Black individuals", "Black-led", "Black women", "Black men",
        "Black youth", "Black girls", "Black LGBTQ", "Black queer", "Black trans", "Black and brown",
        "afroamericano", "afroamericana", "afrodescendiente", "comunidad negra"),
    "identity:Latine": (
        "Latine", "Latinx", "Latino", "Latina", "Latino/a", "Hispanic", "Chicano", "Chicana", "Chicanx",
        "Afro-Latino", "Afro-Latina", "Afro-Latinx", "hispano", "hispana", "comunidad latina",
        "latinoamericano", "latinoamericana"),
    "identity:Indigenous": (
        "Indigenous", "Native American", "American Indian", "Alaska Native", "First Nations", "tribal",
        "Two-Spirit", "two spirited", "2-spirit", "indígena", "pueblos indígenas", "nativo americano"),
    "identity:Asian American & Pacific Islander": (
        "Asian", "Asian American", "Asian Pacific Islander", "Asian and Pacific Islander", "Pacific Islander",
        "AAPI", "APIA", "Native Hawaiian", "South Asian", "Southeast Asian", "Desi", "Chinese community",
        "Chinese American", "Chinese immigrants", "Filipino community", "Filipino American",
        "Filipino immigrants", "Vietnamese community", "Vietnamese American", "Korean community",
        "Korean American", "Japanese community", "Japanese American", "Cambodian community",
        "Hmong community", "Samoan community", "asiático americano", "comunidad asiática"),
    "identity:Immigrant & refugee": (
        "immigrant", "refugee", "asylum seeker", "asylee", "newcomer", "newly arrived", "migrant",
        "immigrant families", "immigrant rights", "Chinese immigrants", "Filipino immigrants", "inmigrante",
        "refugiado", "refugiada", "migrante", "solicitantes de asilo", "recién llegados",
        "derechos de los inmigrantes"),
    "identity:Undocumented": (
        "undocumented", "mixed-status", "mixed-status families", "Dreamers", "DACA recipients",
        "indocumentado", "indocumentada", "sin papeles", "sin documentos", "estatus mixto"),
    "identity:Disabled": (
        "disability", "disabilities", "disabled", "people with disabilities", "persons with disabilities",
        "disabled people", "blind", "visually impaired", "low vision", "wheelchair users",
        "physical disabilities", "mobility impairments", "developmental disabilities",
        "intellectual disabilities", "learning disabilities", "disability services", "disability rights",
        "disability benefits", "independent living", "assistive technology", "special education",
        "discapacidad", "discapacidades", "personas con discapacidad", "discapacitado", "discapacitada",
        "discapacidades del desarrollo", "servicios para personas con discapacidad"),
    "identity:Deaf & hard of hearing": (
        "Deaf", "hard of hearing", "DeafBlind", "deaf-blind", "hearing impaired", "hearing loss",
        "Deaf community", "sordo", "sorda", "personas sordas", "comunidad sorda"),
    "identity:Neurodivergent": (
        "neurodivergent", "neurodiverse", "neurodiversity", "autism", "autistic", "ADHD", "Asperger",
        "developmental disabilities", "learning disabilities", "dyslexia", "autismo", "TDAH",
        "discapacidades del desarrollo"),
    "identity:Women": (
        "women", "woman", "female", "girls", "womxn", "womyn", "mothers", "moms", "single mothers",
        "young women", "young mothers", "women's health", "battered women", "women of color", "Black women",
        "Black girls", "female-identified", "women-identified", "mujer", "mujeres", "niñas", "madres",
        "madres solteras", "mujeres trans"),
    "identity:Youth": (
        "youth", "young people", "young adults", "young adult", "teens", "teen", "teenagers",
        "adolescents", "adolescent", "children", "kids", "boys", "girls", "juveniles", "juvenile",
        "minors", "foster youth", "transition age youth", "transition-age youth", "young women",
        "young men", "young mothers", "teen parents", "youth of color", "Black youth", "Black girls",
        "youth center", "jóvenes", "juventud", "adolescentes", "niños", "niñas", "menores"),
    "identity:Older adults": (
        "older adults", "older adult", "older people", "older persons", "seniors", "senior citizens",
        "elderly", "elders", "elder", "aging", "elder abuse", "senior center", "senior centers",
        "senior services", "senior housing", "55 and older", "55 and over", "55 or older", "55 or over",
        "55 years and older", "55 years and over", "60 and older", "60 and over", "60 or older",
        "60 or over", "60 years and older", "60 years and over", "62 and older", "62 and over",
        "62 years and older", "65 and older", "65 and over", "65 years and older", "age 55", "age 60",
        "age 62", "age 65", "ages 55", "ages 60", "ages 62", "ages 65", "adultos mayores", "adulto mayor",
        "personas mayores", "tercera edad", "ancianos", "mayores de 55", "mayores de 60", "mayores de 65"),
    "identity:Veterans": (
        "veteran", "veterans", "military", "service members", "servicemembers", "armed forces",
        "military families", "military sexual trauma", "veterans benefits", "veterano", "veterana",
        "militares"),
    "identity:Unhoused": (
        "homeless", "homelessness", "unhoused", "unsheltered", "houseless", "without housing",
        "without a home", "without stable housing", "living on the street", "living on the streets",
        "sin hogar", "sin techo", "personas sin hogar", "situación de calle"),
    "identity:Formerly incarcerated": (
        "formerly incarcerated", "previously incarcerated", "reentry", "re-entry", "post-release",
        "ex-offender", "ex-prisoner", "returning citizens", "justice-involved", "parolee", "on parole",
        "criminal record", "conviction history", "expungement", "record clearance", "clean slate",
        "reinserción", "personas anteriormente encarceladas", "antecedentes penales"),
    "identity:Survivors of violence": (
        "survivor", "survivors", "victim", "victims", "crime victims", "victims of crime", "trauma survivors",
        "domestic violence survivors", "sexual assault survivors", "battered women", "human trafficking",
        "trafficking survivors", "trafficking victims", "sobreviviente", "sobrevivientes", "víctima",
        "víctimas"),
    # -- need -----------------------------------------------------------------------------
    "need:Crisis & safety": (
        "crisis", "crises", "crisis line", "crisis hotline", "crisis intervention", "crisis support",
        "crisis counseling", "crisis nursery", "hotline", "helpline", "help line", "suicide",
        "suicide prevention", "suicidal", "24-hour hotline", "24/7 hotline", "safety planning", "safety plan",
        "mobile crisis", "988", "línea de crisis", "intervención en crisis", "prevención del suicidio",
        "suicidio", "línea de ayuda", "línea directa"),
    "need:Housing & shelter": (
        "housing", "shelter", "emergency shelter", "transitional housing", "supportive housing",
        "permanent housing", "affordable housing", "public housing", "housing assistance", "rental assistance",
        "rent assistance", "rent subsidies", "Section 8", "housing vouchers", "eviction", "eviction prevention",
        "eviction defense", "tenant", "tenant rights", "tenants' rights", "tenant organizing", "landlord",
        "homeownership", "home ownership", "foreclosure", "safe house", "halfway house", "group home",
        "sober living", "housing counseling", "housing counselor", "mortgage counseling", "senior housing",
        "vivienda", "albergue", "refugio", "alojamiento", "asistencia de renta", "ayuda con la renta",
        "desalojo", "inquilino", "casa de acogida"),
    "need:Food": (
        "food", "food pantry", "food bank", "food distribution", "meals", "meal", "hot meals", "free meals",
        "soup kitchen", "groceries", "grocery", "nutrition", "brown bag", "congregate meals",
        "home-delivered meals", "meals on wheels", "free lunch", "lunch program", "hot lunch", "free breakfast",
        "breakfast program", "dining room", "SNAP", "CalFresh", "food stamps", "WIC", "EBT", "comida",
        "alimentos", "despensa", "despensa de alimentos", "banco de alimentos", "cupones de alimentos",
        "nutrición", "almuerzo", "desayuno", "comedor", "comedor comunitario"),
    "need:Legal aid": (
        "legal aid", "legal services", "legal assistance", "legal advice", "legal help", "legal clinic",
        "legal representation", "legal counseling", "legal information", "legal advocacy", "legal support",
        "legal consultation", "lawyer", "attorney", "paralegal", "pro bono", "law center", "law clinic",
        "expungement", "restraining order", "protective order", "know your rights", "eviction defense",
        "tenant rights", "tenants' rights", "employment discrimination", "immigration legal services",
        "immigration law", "immigration lawyer", "immigration attorney", "deportation defense",
        "removal defense", "asesoría legal", "ayuda legal", "servicios legales", "asistencia legal",
        "consejo legal", "abogado", "abogada", "representación legal", "clínica legal",
        "abogado de inmigración"),
    "need:Immigration legal help": (
        "immigration legal services", "immigration legal", "immigration services", "immigration law",
        "immigration lawyer", "immigration attorney", "immigration clinic", "immigration assistance",
        "immigration help", "immigration counseling", "immigration consultation", "immigration advice",
        "immigration case", "immigration application", "immigration forms", "immigration relief",
        "immigration court", "deportation defense", "removal defense", "DACA", "DACA recipients", "asylum",
        "asylum application", "asylum case", "citizenship application", "citizenship assistance",
        "citizenship services", "citizenship classes", "citizenship preparation", "naturalization",
        "green card", "U visa", "T visa", "VAWA", "TPS", "temporary protected status", "work permit",
        "work authorization", "family petitions", "adjustment of status", "servicios de inmigración",
        "asesoría de inmigración", "asesoría migratoria", "abogado de inmigración", "ayuda con inmigración",
        "clases de ciudadanía", "solicitud de ciudadanía", "trámites de ciudadanía", "naturalización",
        "asilo", "residencia permanente", "permiso de trabajo", "trámites migratorios",
        "defensa contra la deportación"),
    "need:Health care": (
        "health care", "healthcare", "medical care", "primary care", "primary health care", "medical clinic",
        "health clinic", "community clinic", "free clinic", "clinic", "medical services", "medical treatment",
        "medical exams", "medical assistance", "medical appointments", "medical transportation",
        "medical respite", "health services", "health center", "community health center", "doctor",
        "physician", "nurse", "nursing", "dental", "dentist", "dental care", "vision care", "eye exams",
        "eyeglasses", "hearing aids", "prenatal", "prenatal care", "reproductive health", "family planning",
        "birth control", "contraception", "abortion", "gynecological", "gynecology", "obstetric",
        "pregnancy testing", "STD testing", "STI testing", "HIV", "HIV testing", "hepatitis", "vaccinations",
        "vaccines", "immunizations", "flu shots", "health screenings", "mammograms", "cancer screening",
        "health insurance", "Medi-Cal", "Medicaid", "Medicare", "urgent care", "hospital", "hospice",
        "pharmacy", "prescriptions", "women's health", "sexual health", "physical therapy",
        "occupational therapy", "speech therapy", "respiratory therapy", "genetic counseling",
        "lactation counseling", "pregnancy counseling", "options counseling", "nutrition counseling",
        "HIV counseling", "salud", "atención médica", "clínica", "médico", "médica", "servicios de salud",
        "centro de salud", "seguro médico", "dentista"),
    "need:Gender-affirming care": (
        "gender-affirming care", "gender-affirming health care", "gender-affirming surgery",
        "gender-affirming hormones", "gender-affirming medical care", "transition-related care",
        "transition-related health care", "transgender health", "trans health", "top surgery",
        "bottom surgery", "facial feminization", "puberty blockers", "atención de afirmación de género"),
    "need:Mental health": (
        "mental health", "mental health services", "mental health care", "mental health clinic",
        "behavioral health", "behavioral health clinic", "counseling", "counselling", "counselor",
        "therapy", "therapist", "psychotherapy", "psychotherapist", "psychiatric", "psychiatry",
        "psychiatrist", "psychologist", "psychological", "emotional support", "depression", "anxiety", "PTSD",
        "grief", "bereavement", "crisis counseling", "peer counseling", "peer counselor", "family therapy",
        "warmline", "warm line", "dual diagnosis", "eating disorders", "salud mental", "consejería",
        "terapia", "psicoterapia", "psicólogo", "psicóloga", "psicológico", "apoyo emocional", "terapeuta",
        "psiquiatra", "psiquiátrico", "consejero", "consejera", "depresión", "ansiedad", "duelo"),
    "need:Substance use": (
        "substance use", "substance abuse", "substance use disorder", "addiction", "addiction treatment",
        "drug and alcohol", "alcohol and drug", "alcohol and other drugs", "drug treatment", "drug abuse",
        "drug use", "drug addiction", "alcohol", "alcoholism", "alcoholics", "Alcoholics Anonymous",
        "Narcotics Anonymous", "Al-Anon", "12-step", "twelve step", "sobriety", "sober living", "detox",
        "detoxification", "harm reduction", "needle exchange", "syringe exchange", "syringe services",
        "naloxone", "Narcan", "methadone", "buprenorphine", "Suboxone", "opioid", "opiate",
        "recovery services", "recovery support", "recovery program", "recovery community", "recovery center",
        "recovery residence", "in recovery", "people in recovery", "dual diagnosis", "chemical dependency",
        "smoking cessation", "quit smoking", "tobacco cessation", "adicción", "abuso de sustancias",
        "uso de sustancias", "alcoholismo", "drogas", "reducción de daños", "desintoxicación"),
    "need:Employment": (
        "employment", "employment services", "employment training", "employment counseling",
        "employment assistance", "employment discrimination", "job", "jobs", "job training", "job search",
        "job placement", "job readiness", "job skills", "job seekers", "job development", "job club",
        "job counseling", "career", "career counseling", "career counselor", "career development",
        "career services", "employment counselor", "vocational", "vocational training",
        "vocational rehabilitation", "vocational counseling", "workforce", "workforce development",
        "resume writing", "resume help", "resume assistance", "resume preparation", "interview skills",
        "internship", "apprenticeship", "work experience", "hiring", "paid training", "unemployed",
        "empleo", "trabajo", "capacitación laboral", "búsqueda de empleo", "entrenamiento laboral",
        "bolsa de trabajo", "oportunidades de empleo", "colocación laboral"),
    "need:Education": (
        "education", "educational", "classes", "class", "tutoring", "tutor", "literacy", "ESL",
        "English classes", "English as a second language", "GED", "HiSET", "high school diploma", "school",
        "college", "scholarship", "after school", "afterschool", "after-school", "homework help",
        "academic", "academic counseling", "college counseling", "school counselor", "workshop",
        "computer classes", "computer training", "financial literacy", "financial education",
        "citizenship classes", "special education", "early childhood education", "educación", "clases",
        "clases de inglés", "escuela", "tutoría", "alfabetización", "becas", "universidad", "taller",
        "clases de ciudadanía", "educación financiera"),
    "need:Money & benefits": (
        "financial assistance", "financial help", "financial aid", "financial support",
        "emergency financial assistance", "cash assistance", "cash aid", "emergency cash", "public benefits",
        "government benefits", "benefits assistance", "benefits counseling", "benefits counselor",
        "benefits enrollment", "benefits application", "benefit programs", "benefits advocacy",
        "disability benefits", "veterans benefits", "unemployment benefits", "unemployment insurance",
        "disability insurance", "Social Security", "SSI", "SSDI", "TANF", "CalWORKs", "general assistance",
        "welfare", "food stamps", "SNAP", "CalFresh", "WIC", "EBT", "money management", "financial literacy",
        "financial education", "financial coaching", "financial counseling", "financial counselor",
        "financial planning", "budgeting", "budget counseling", "credit counseling", "credit repair", "debt",
        "debt counseling", "debt management", "tax preparation", "tax help", "tax assistance", "free tax",
        "tax clinic", "VITA", "EITC", "earned income tax credit", "income tax", "utility assistance",
        "utility bills", "utility payment", "energy assistance", "LIHEAP", "asset building", "bank account",
        "asistencia financiera", "ayuda financiera", "ayuda económica", "beneficios públicos",
        "cupones de alimentos", "impuestos", "preparación de impuestos", "manejo del dinero",
        "educación financiera", "presupuesto"),
    "need:Domestic violence": (
        "domestic violence", "intimate partner violence", "IPV", "domestic abuse", "family violence",
        "battered women", "battered", "battering", "dating violence", "teen dating violence",
        "abusive relationship", "abusive partner", "intimate partner abuse", "relationship abuse",
        "dating abuse", "partner abuse", "domestic violence survivors", "violencia doméstica",
        "violencia familiar", "violencia de pareja", "violencia intrafamiliar", "violencia en el hogar"),
    "need:Sexual assault": (
        "sexual assault", "sexual violence", "sexual abuse", "child sexual abuse", "rape", "sexual harassment",
        "sexual exploitation", "sex trafficking", "commercial sexual exploitation", "incest", "molestation",
        "sexual assault survivors", "sexual trauma", "military sexual trauma", "agresión sexual",
        "violencia sexual", "abuso sexual", "acoso sexual"),
    "need:Peer support": (
        "peer support", "support group", "peer-led", "peer-run", "peer counseling", "peer counselor",
        "peer mentor", "peer mentoring", "peer advocate", "peer specialist", "peer navigator", "mutual aid",
        "mutual support", "self-help group", "support circle", "sharing circle", "talking circle",
        "warmline", "warm line", "grupo de apoyo", "apoyo entre pares", "apoyo mutuo", "ayuda mutua"),
    "need:Community & belonging": (
        "community center", "community centre", "drop-in center", "drop-in centre", "drop-in",
        "social activities", "social events", "social group", "social gatherings", "social club",
        "socialization", "social isolation", "recreation", "recreational", "recreational activities",
        "arts and crafts", "cultural events", "cultural activities", "cultural programs", "community events",
        "community space", "community gatherings", "potluck", "senior center", "senior centers",
        "youth center", "LGBT center", "LGBTQ center", "LGBT community center", "LGBTQ community center",
        "companionship", "centro comunitario", "actividades sociales", "actividades recreativas",
        "eventos culturales", "convivencia", "recreación"),
    "need:Advocacy & organizing": (
        "advocacy", "advocate", "organizing", "community organizing", "grassroots organizing", "civil rights",
        "human rights", "policy advocacy", "public policy", "social justice", "racial justice",
        "economic justice", "reproductive justice", "immigrant rights", "workers' rights", "worker rights",
        "disability rights", "tenant organizing", "lobbying", "leadership development", "community leadership",
        "voter registration", "civic engagement", "legal advocacy", "benefits advocacy", "incidencia",
        "incidencia política", "defensa de derechos", "derechos humanos", "justicia social",
        "organización comunitaria", "derechos de los inmigrantes", "derechos laborales"),
    "need:Transportation": (
        "transportation", "transport", "transit", "bus passes", "bus pass", "bus tokens", "bus fare",
        "Clipper card", "paratransit", "shuttle", "shuttle service", "taxi vouchers", "rideshare",
        "ride share", "free rides", "ride program", "medical transportation", "transporte", "transportación",
        "pases de autobús", "pase de autobús"),
    "need:Family & childcare": (
        "childcare", "child care", "daycare", "day care", "preschool", "pre-school", "Head Start",
        "Early Head Start", "early childhood", "early childhood education", "parenting", "parenting classes",
        "parenting support", "parent education", "parent support", "new parents", "expectant parents",
        "teen parents", "single parents", "single mothers", "family support", "family services",
        "family resource center", "family strengthening", "home visiting", "respite care", "crisis nursery",
        "baby supplies", "diapers", "cuidado de niños", "guardería", "crianza", "apoyo familiar",
        "servicios para familias", "madres solteras"),
    "need:Disability services": (
        "disability services", "disability resources", "disability support", "independent living",
        "assistive technology", "adaptive equipment", "mobility aids", "accessibility services",
        "personal care attendant", "attendant care", "In-Home Supportive Services", "IHSS",
        "vocational rehabilitation", "special education", "servicios para personas con discapacidad"),
    "need:Interpretation": (
        "interpretation", "interpretation services", "interpreter", "interpreting", "translation",
        "translation services", "language access", "sign language interpreting", "ASL interpretation",
        "ASL interpreters", "language assistance", "language line", "intérprete", "interpretación",
        "traducción"),
}
