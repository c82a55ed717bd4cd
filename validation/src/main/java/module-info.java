/** The rule catalogue of the notices and its validation reports. */
module io.jointresponse.validation {
    requires transitive io.jointresponse.serialization;
}
