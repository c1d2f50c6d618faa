/** Jobs (mandates) with their fee terms and the definitions of their pipeline stages (capability C4). */
package dev.wecruit.jobs;
