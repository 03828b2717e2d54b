// Lets server-only modules load under Jest (the real package throws outside a React server bundle).
