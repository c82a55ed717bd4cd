/** The cold-start baseline: a program that prints "hello" and nothing more. */
package io.jointresponse.benchmarks.hello;
