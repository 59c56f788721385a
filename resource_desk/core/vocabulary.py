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
                             "Gay, Lesbian, Bisexual, Transgender Individuals", "LGBTQ people"]),
    ("Transgender & nonbinary", "#d35a9e", ["trans", "transgender", "transgender individuals", "nonbinary",
                                            "non-binary", "genderqueer", "gender nonconforming", "gender diverse",
                                            "trans and nonbinary", "TGNC", "TGNB"]),
    ("Two-Spirit", "#b9770e", ["two spirit", "2S", "2-spirit"]),
    ("BIPOC", "#a04000", ["people of color", "POC", "QTBIPOC", "communities of color"]),
    ("Black", "#5d4037", ["African American", "Black-led", "African American community", "Afro-Caribbean"]),
    ("Latine", "#c0392b", ["Latinx", "Latino", "Latina", "Latino/a", "Hispanic", "Hispanic/Latino"]),
    ("Indigenous", "#7d6608", ["Native American", "American Indian", "Native", "First Nations",
                               "American Indians/Alaska Natives", "Alaska Native"]),
    ("Asian American & Pacific Islander", "#148f77", ["AAPI", "Asian", "Asian American", "Pacific Islander",
                                                      "Asian Americans", "Native Hawaiian", "API"]),
    ("Immigrant & refugee", "#1f618d", ["immigrant", "immigrants", "refugee", "refugees", "asylum seekers",
                                        "newcomers", "Immigrant/Refugee"]),
    ("Undocumented", "#2e86c1", ["undocumented immigrants", "undocumented people", "mixed-status families",
                                 "Undocumented Immigrants"]),
    ("Disabled", "#117a65", ["disability", "people with disabilities", "disabled people", "Individuals with Disabilities",
                             "disabilities"]),
    ("Deaf & hard of hearing", "#0e6655", ["deaf", "hard of hearing", "Deaf/Hard of Hearing", "HoH", "DeafBlind"]),
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
                                          "survivors of abuse", "trauma survivors"]),
]

NEED_TAGS: list[tuple[str, str, list[str]]] = [
    ("Crisis & safety", "#cb4335", ["crisis", "crisis intervention", "suicide prevention", "hotline", "crisis line",
                                    "emergency", "safety planning", "Crisis Intervention"]),
    ("Housing & shelter", "#ca6f1e", ["housing", "shelter", "emergency shelter", "transitional housing",
                                      "rental assistance", "Housing/Shelter", "homeless shelter", "Housing"]),
    ("Food", "#229954", ["food pantry", "meals", "groceries", "food bank", "nutrition", "Food Pantries", "soup kitchen"]),
    ("Legal aid", "#2471a3", ["legal", "legal services", "legal assistance", "lawyer", "Legal Services",
                              "Legal Assistance"]),
    ("Immigration legal help", "#1a5276", ["immigration", "immigration services", "immigration legal services",
                                           "DACA", "asylum", "Immigration Legal Services", "citizenship"]),
    ("Health care", "#17a589", ["health", "medical care", "primary care", "clinic", "Health Care", "medical"]),
    ("Gender-affirming care", "#af7ac5", ["gender affirming care", "transgender health", "hormone therapy", "HRT",
                                          "gender-affirming surgery", "trans health"]),
    ("Mental health", "#5dade2", ["counseling", "therapy", "mental health services", "psychotherapy",
                                  "Mental Health Care", "behavioral health", "Counseling"]),
    ("Substance use", "#7fb3d5", ["substance abuse", "addiction", "recovery", "harm reduction", "Substance Abuse",
                                  "alcohol", "drug treatment", "Substance Abuse Services"]),
    ("Employment", "#d4ac0d", ["jobs", "job training", "work", "Employment", "career", "job search"]),
    ("Education", "#f4d03f", ["school", "classes", "ESL", "literacy", "tutoring", "GED", "Education"]),
    ("Money & benefits", "#27ae60", ["benefits", "financial assistance", "public benefits", "cash assistance",
                                     "Money Management", "budgeting", "SNAP", "tax help", "Finances"]),
    ("Domestic violence", "#a93226", ["intimate partner violence", "IPV", "domestic abuse",
                                      "Domestic Violence Shelters", "family violence", "Domestic Violence"]),
    ("Sexual assault", "#884ea0", ["rape", "sexual violence", "sexual abuse", "Sexual Assault Services",
                                   "Sexual Assault"]),
    ("Peer support", "#48c9b0", ["peer", "peer-led", "support group", "support groups", "Support Groups", "mutual aid"]),
    ("Community & belonging", "#52be80", ["community", "social", "drop-in", "community center", "social groups",
                                          "belonging"]),
    ("Advocacy & organizing", "#e67e22", ["advocacy", "organizing", "civil rights", "Advocacy", "policy",
                                          "community organizing"]),
    ("Transportation", "#85929e", ["transit", "rides", "bus passes", "Transportation"]),
    ("Family & childcare", "#f5b041", ["childcare", "child care", "parenting", "family support", "Family Support",
                                       "Child Care"]),
    ("Disability services", "#16a085", ["disability services", "accessibility", "independent living",
                                        "Disability Services", "assistive technology"]),
    ("Interpretation", "#5499c7", ["interpreter", "translation", "interpreting", "language access",
                                   "Interpretation/Translation"]),
]


# Words that suggest a tag when a resource's text holds them, keyed "facet:name"
# (English and Spanish); see core/suggestions.py.
KEYWORDS: dict[str, tuple[str, ...]] = {}


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
