package eu.skills4cities.citycert.complaint;

/** A certification officer's reading of a complaint, which decides its path through the process. */
public enum Triage {
    /** not a complaint: closed with a reason, mailed to the complainant */
    NOT_A_COMPLAINT,
    /** about the certification body: investigated by the officers or the quality manager */
    ABOUT_THE_BODY,
    /** about a certified person: the holder is told and may respond */
    ABOUT_A_HOLDER
}
