/** The jointresponse command. */
module io.jointresponse.cli {
    requires io.jointresponse.validation;
}
