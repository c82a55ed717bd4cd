/**
 * Small runnable programs that show how to embed the library, each exercised by a test.
 */
package io.jointresponse.examples;
