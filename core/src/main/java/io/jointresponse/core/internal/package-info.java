/**
 * Implementation support for the model; not exported and not API.
 */
package io.jointresponse.core.internal;
