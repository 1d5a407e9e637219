/** Text similarity for authoring: word shingles, exact Jaccard, and MinHash near-duplicate search. */
package io.benchmarkhub.author.text;
