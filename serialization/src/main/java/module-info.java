/** The JSON wire format of the joint-response documents. */
module io.jointresponse.serialization {
    requires transitive io.jointresponse.core;
}
