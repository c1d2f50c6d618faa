/** Clients (companies) and their contacts (capability C4). */
package dev.wecruit.companies;
