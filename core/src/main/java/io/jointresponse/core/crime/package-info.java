/**
 * The catalogue of reportable cybercrimes (notice 217, §3), with Japanese and English labels and
 * their usual legal basis.
 */
package io.jointresponse.core.crime;
