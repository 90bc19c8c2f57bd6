// Benchmarks arrive with the booking issue (concurrent booking over HTTP vs. direct pg baseline).
console.log("no benchmarks yet");
