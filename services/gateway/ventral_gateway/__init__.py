"""Gateway service: REST API for scoring jobs, stored scores and the leaderboard."""
