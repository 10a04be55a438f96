// Exit without setting R0.
// type: socket_filter
exit
