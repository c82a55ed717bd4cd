/**
 * The JSON wire format of the joint-response documents on Jackson 3: a strict, versioned reader
 * and writer, and the published JSON Schemas.
 */
package io.jointresponse.serialization;
