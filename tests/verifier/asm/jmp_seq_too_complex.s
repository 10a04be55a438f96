// 9000 conditional jumps in a row, each leaving a pending branch: more than 8192 pending states.
// type: socket_filter
// (generated: 9000 conditional jumps, each pushing its taken branch; see tests/verifier/README.md)
call bpf_get_prandom_u32
r1 = 0
if r0 == 1 goto +1
r1 += 1
if r0 == 2 goto +1
r1 += 1
if r0 == 3 goto +1
r1 += 1
if r0 == 4 goto +1
r1 += 1
if r0 == 5 goto +1
r1 += 1
if r0 == 6 goto +1
r1 += 1
if r0 == 7 goto +1
r1 += 1
if r0 == 8 goto +1
r1 += 1
if r0 == 9 goto +1
r1 += 1
if r0 == 10 goto +1
r1 += 1
if r0 == 11 goto +1
r1 += 1
if r0 == 12 goto +1
r1 += 1
if r0 == 13 goto +1
r1 += 1
if r0 == 14 goto +1
r1 += 1
if r0 == 15 goto +1
r1 += 1
if r0 == 16 goto +1
r1 += 1
if r0 == 17 goto +1
r1 += 1
if r0 == 18 goto +1
r1 += 1
if r0 == 19 goto +1
r1 += 1
if r0 == 20 goto +1
r1 += 1
if r0 == 21 goto +1
r1 += 1
if r0 == 22 goto +1
r1 += 1
if r0 == 23 goto +1
r1 += 1
if r0 == 24 goto +1
r1 += 1
if r0 == 25 goto +1
r1 += 1
if r0 == 26 goto +1
r1 += 1
if r0 == 27 goto +1
r1 += 1
if r0 == 28 goto +1
r1 += 1
if r0 == 29 goto +1
r1 += 1
if r0 == 30 goto +1
r1 += 1
if r0 == 31 goto +1
r1 += 1
if r0 == 32 goto +1
r1 += 1
if r0 == 33 goto +1
r1 += 1
if r0 == 34 goto +1
r1 += 1
if r0 == 35 goto +1
r1 += 1
if r0 == 36 goto +1
r1 += 1
if r0 == 37 goto +1
r1 += 1
if r0 == 38 goto +1
r1 += 1
if r0 == 39 goto +1
r1 += 1
if r0 == 40 goto +1
r1 += 1
if r0 == 41 goto +1
r1 += 1
if r0 == 42 goto +1
r1 += 1
if r0 == 43 goto +1
r1 += 1
if r0 == 44 goto +1
r1 += 1
if r0 == 45 goto +1
r1 += 1
if r0 == 46 goto +1
r1 += 1
if r0 == 47 goto +1
r1 += 1
if r0 == 48 goto +1
r1 += 1
if r0 == 49 goto +1
r1 += 1
if r0 == 50 goto +1
r1 += 1
if r0 == 51 goto +1
r1 += 1
if r0 == 52 goto +1
r1 += 1
if r0 == 53 goto +1
r1 += 1
if r0 == 54 goto +1
r1 += 1
if r0 == 55 goto +1
r1 += 1
if r0 == 56 goto +1
r1 += 1
if r0 == 57 goto +1
r1 += 1
if r0 == 58 goto +1
r1 += 1
if r0 == 59 goto +1
r1 += 1
if r0 == 60 goto +1
r1 += 1
if r0 == 61 goto +1
r1 += 1
if r0 == 62 goto +1
r1 += 1
if r0 == 63 goto +1
r1 += 1
if r0 == 64 goto +1
r1 += 1
if r0 == 65 goto +1
r1 += 1
if r0 == 66 goto +1
r1 += 1
if r0 == 67 goto +1
r1 += 1
if r0 == 68 goto +1
r1 += 1
if r0 == 69 goto +1
r1 += 1
if r0 == 70 goto +1
r1 += 1
if r0 == 71 goto +1
r1 += 1
if r0 == 72 goto +1
r1 += 1
if r0 == 73 goto +1
r1 += 1
if r0 == 74 goto +1
r1 += 1
if r0 == 75 goto +1
r1 += 1
if r0 == 76 goto +1
r1 += 1
if r0 == 77 goto +1
r1 += 1
if r0 == 78 goto +1
r1 += 1
if r0 == 79 goto +1
r1 += 1
if r0 == 80 goto +1
r1 += 1
if r0 == 81 goto +1
r1 += 1
if r0 == 82 goto +1
r1 += 1
if r0 == 83 goto +1
r1 += 1
if r0 == 84 goto +1
r1 += 1
if r0 == 85 goto +1
r1 += 1
if r0 == 86 goto +1
r1 += 1
if r0 == 87 goto +1
r1 += 1
if r0 == 88 goto +1
r1 += 1
if r0 == 89 goto +1
r1 += 1
if r0 == 90 goto +1
r1 += 1
if r0 == 91 goto +1
r1 += 1
if r0 == 92 goto +1
r1 += 1
if r0 == 93 goto +1
r1 += 1
if r0 == 94 goto +1
r1 += 1
if r0 == 95 goto +1
r1 += 1
if r0 == 96 goto +1
r1 += 1
if r0 == 97 goto +1
r1 += 1
if r0 == 98 goto +1
r1 += 1
if r0 == 99 goto +1
r1 += 1
if r0 == 100 goto +1
r1 += 1
if r0 == 101 goto +1
r1 += 1
if r0 == 102 goto +1
r1 += 1
if r0 == 103 goto +1
r1 += 1
if r0 == 104 goto +1
r1 += 1
if r0 == 105 goto +1
r1 += 1
if r0 == 106 goto +1
r1 += 1
if r0 == 107 goto +1
r1 += 1
if r0 == 108 goto +1
r1 += 1
if r0 == 109 goto +1
r1 += 1
if r0 == 110 goto +1
r1 += 1
if r0 == 111 goto +1
r1 += 1
if r0 == 112 goto +1
r1 += 1
if r0 == 113 goto +1
r1 += 1
if r0 == 114 goto +1
r1 += 1
if r0 == 115 goto +1
r1 += 1
if r0 == 116 goto +1
r1 += 1
if r0 == 117 goto +1
r1 += 1
if r0 == 118 goto +1
r1 += 1
if r0 == 119 goto +1
r1 += 1
if r0 == 120 goto +1
r1 += 1
if r0 == 121 goto +1
r1 += 1
if r0 == 122 goto +1
r1 += 1
if r0 == 123 goto +1
r1 += 1
if r0 == 124 goto +1
r1 += 1
if r0 == 125 goto +1
r1 += 1
if r0 == 126 goto +1
r1 += 1
if r0 == 127 goto +1
r1 += 1
if r0 == 128 goto +1
r1 += 1
if r0 == 129 goto +1
r1 += 1
if r0 == 130 goto +1
r1 += 1
if r0 == 131 goto +1
r1 += 1
if r0 == 132 goto +1
r1 += 1
if r0 == 133 goto +1
r1 += 1
if r0 == 134 goto +1
r1 += 1
if r0 == 135 goto +1
r1 += 1
if r0 == 136 goto +1
r1 += 1
if r0 == 137 goto +1
r1 += 1
if r0 == 138 goto +1
r1 += 1
if r0 == 139 goto +1
r1 += 1
if r0 == 140 goto +1
r1 += 1
if r0 == 141 goto +1
r1 += 1
if r0 == 142 goto +1
r1 += 1
if r0 == 143 goto +1
r1 += 1
if r0 == 144 goto +1
r1 += 1
if r0 == 145 goto +1
r1 += 1
if r0 == 146 goto +1
r1 += 1
if r0 == 147 goto +1
r1 += 1
if r0 == 148 goto +1
r1 += 1
if r0 == 149 goto +1
r1 += 1
if r0 == 150 goto +1
r1 += 1
if r0 == 151 goto +1
r1 += 1
if r0 == 152 goto +1
r1 += 1
if r0 == 153 goto +1
r1 += 1
if r0 == 154 goto +1
r1 += 1
if r0 == 155 goto +1
r1 += 1
if r0 == 156 goto +1
r1 += 1
if r0 == 157 goto +1
r1 += 1
if r0 == 158 goto +1
r1 += 1
if r0 == 159 goto +1
r1 += 1
if r0 == 160 goto +1
r1 += 1
if r0 == 161 goto +1
r1 += 1
if r0 == 162 goto +1
r1 += 1
if r0 == 163 goto +1
r1 += 1
if r0 == 164 goto +1
r1 += 1
if r0 == 165 goto +1
r1 += 1
if r0 == 166 goto +1
r1 += 1
if r0 == 167 goto +1
r1 += 1
if r0 == 168 goto +1
r1 += 1
if r0 == 169 goto +1
r1 += 1
if r0 == 170 goto +1
r1 += 1
if r0 == 171 goto +1
r1 += 1
if r0 == 172 goto +1
r1 += 1
if r0 == 173 goto +1
r1 += 1
if r0 == 174 goto +1
r1 += 1
if r0 == 175 goto +1
r1 += 1
if r0 == 176 goto +1
r1 += 1
if r0 == 177 goto +1
r1 += 1
if r0 == 178 goto +1
r1 += 1
if r0 == 179 goto +1
r1 += 1
if r0 == 180 goto +1
r1 += 1
if r0 == 181 goto +1
r1 += 1
if r0 == 182 goto +1
r1 += 1
if r0 == 183 goto +1
r1 += 1
if r0 == 184 goto +1
r1 += 1
if r0 == 185 goto +1
r1 += 1
if r0 == 186 goto +1
r1 += 1
if r0 == 187 goto +1
r1 += 1
if r0 == 188 goto +1
r1 += 1
if r0 == 189 goto +1
r1 += 1
if r0 == 190 goto +1
r1 += 1
if r0 == 191 goto +1
r1 += 1
if r0 == 192 goto +1
r1 += 1
if r0 == 193 goto +1
r1 += 1
if r0 == 194 goto +1
r1 += 1
if r0 == 195 goto +1
r1 += 1
if r0 == 196 goto +1
r1 += 1
if r0 == 197 goto +1
r1 += 1
if r0 == 198 goto +1
r1 += 1
if r0 == 199 goto +1
r1 += 1
if r0 == 200 goto +1
r1 += 1
if r0 == 201 goto +1
r1 += 1
if r0 == 202 goto +1
r1 += 1
if r0 == 203 goto +1
r1 += 1
if r0 == 204 goto +1
r1 += 1
if r0 == 205 goto +1
r1 += 1
if r0 == 206 goto +1
r1 += 1
if r0 == 207 goto +1
r1 += 1
if r0 == 208 goto +1
r1 += 1
if r0 == 209 goto +1
r1 += 1
if r0 == 210 goto +1
r1 += 1
if r0 == 211 goto +1
r1 += 1
if r0 == 212 goto +1
r1 += 1
if r0 == 213 goto +1
r1 += 1
if r0 == 214 goto +1
r1 += 1
if r0 == 215 goto +1
r1 += 1
if r0 == 216 goto +1
r1 += 1
if r0 == 217 goto +1
r1 += 1
if r0 == 218 goto +1
r1 += 1
if r0 == 219 goto +1
r1 += 1
if r0 == 220 goto +1
r1 += 1
if r0 == 221 goto +1
r1 += 1
if r0 == 222 goto +1
r1 += 1
if r0 == 223 goto +1
r1 += 1
if r0 == 224 goto +1
r1 += 1
if r0 == 225 goto +1
r1 += 1
if r0 == 226 goto +1
r1 += 1
if r0 == 227 goto +1
r1 += 1
if r0 == 228 goto +1
r1 += 1
if r0 == 229 goto +1
r1 += 1
if r0 == 230 goto +1
r1 += 1
if r0 == 231 goto +1
r1 += 1
if r0 == 232 goto +1
r1 += 1
if r0 == 233 goto +1
r1 += 1
if r0 == 234 goto +1
r1 += 1
if r0 == 235 goto +1
r1 += 1
if r0 == 236 goto +1
r1 += 1
if r0 == 237 goto +1
r1 += 1
if r0 == 238 goto +1
r1 += 1
if r0 == 239 goto +1
r1 += 1
if r0 == 240 goto +1
r1 += 1
if r0 == 241 goto +1
r1 += 1
if r0 == 242 goto +1
r1 += 1
if r0 == 243 goto +1
r1 += 1
if r0 == 244 goto +1
r1 += 1
if r0 == 245 goto +1
r1 += 1
if r0 == 246 goto +1
r1 += 1
if r0 == 247 goto +1
r1 += 1
if r0 == 248 goto +1
r1 += 1
if r0 == 249 goto +1
r1 += 1
if r0 == 250 goto +1
r1 += 1
if r0 == 251 goto +1
r1 += 1
if r0 == 252 goto +1
r1 += 1
if r0 == 253 goto +1
r1 += 1
if r0 == 254 goto +1
r1 += 1
if r0 == 255 goto +1
r1 += 1
if r0 == 256 goto +1
r1 += 1
if r0 == 257 goto +1
r1 += 1
if r0 == 258 goto +1
r1 += 1
if r0 == 259 goto +1
r1 += 1
if r0 == 260 goto +1
r1 += 1
if r0 == 261 goto +1
r1 += 1
if r0 == 262 goto +1
r1 += 1
if r0 == 263 goto +1
r1 += 1
if r0 == 264 goto +1
r1 += 1
if r0 == 265 goto +1
r1 += 1
if r0 == 266 goto +1
r1 += 1
if r0 == 267 goto +1
r1 += 1
if r0 == 268 goto +1
r1 += 1
if r0 == 269 goto +1
r1 += 1
if r0 == 270 goto +1
r1 += 1
if r0 == 271 goto +1
r1 += 1
if r0 == 272 goto +1
r1 += 1
if r0 == 273 goto +1
r1 += 1
if r0 == 274 goto +1
r1 += 1
if r0 == 275 goto +1
r1 += 1
if r0 == 276 goto +1
r1 += 1
if r0 == 277 goto +1
r1 += 1
if r0 == 278 goto +1
r1 += 1
if r0 == 279 goto +1
r1 += 1
if r0 == 280 goto +1
r1 += 1
if r0 == 281 goto +1
r1 += 1
if r0 == 282 goto +1
r1 += 1
if r0 == 283 goto +1
r1 += 1
if r0 == 284 goto +1
r1 += 1
if r0 == 285 goto +1
r1 += 1
if r0 == 286 goto +1
r1 += 1
if r0 == 287 goto +1
r1 += 1
if r0 == 288 goto +1
r1 += 1
if r0 == 289 goto +1
r1 += 1
if r0 == 290 goto +1
r1 += 1
if r0 == 291 goto +1
r1 += 1
if r0 == 292 goto +1
r1 += 1
if r0 == 293 goto +1
r1 += 1
if r0 == 294 goto +1
r1 += 1
if r0 == 295 goto +1
r1 += 1
if r0 == 296 goto +1
r1 += 1
if r0 == 297 goto +1
r1 += 1
if r0 == 298 goto +1
r1 += 1
if r0 == 299 goto +1
r1 += 1
if r0 == 300 goto +1
r1 += 1
if r0 == 301 goto +1
r1 += 1
if r0 == 302 goto +1
r1 += 1
if r0 == 303 goto +1
r1 += 1
if r0 == 304 goto +1
r1 += 1
if r0 == 305 goto +1
r1 += 1
if r0 == 306 goto +1
r1 += 1
if r0 == 307 goto +1
r1 += 1
if r0 == 308 goto +1
r1 += 1
if r0 == 309 goto +1
r1 += 1
if r0 == 310 goto +1
r1 += 1
if r0 == 311 goto +1
r1 += 1
if r0 == 312 goto +1
r1 += 1
if r0 == 313 goto +1
r1 += 1
if r0 == 314 goto +1
r1 += 1
if r0 == 315 goto +1
r1 += 1
if r0 == 316 goto +1
r1 += 1
if r0 == 317 goto +1
r1 += 1
if r0 == 318 goto +1
r1 += 1
if r0 == 319 goto +1
r1 += 1
if r0 == 320 goto +1
r1 += 1
if r0 == 321 goto +1
r1 += 1
if r0 == 322 goto +1
r1 += 1
if r0 == 323 goto +1
r1 += 1
if r0 == 324 goto +1
r1 += 1
if r0 == 325 goto +1
r1 += 1
if r0 == 326 goto +1
r1 += 1
if r0 == 327 goto +1
r1 += 1
if r0 == 328 goto +1
r1 += 1
if r0 == 329 goto +1
r1 += 1
if r0 == 330 goto +1
r1 += 1
if r0 == 331 goto +1
r1 += 1
if r0 == 332 goto +1
r1 += 1
if r0 == 333 goto +1
r1 += 1
if r0 == 334 goto +1
r1 += 1
if r0 == 335 goto +1
r1 += 1
if r0 == 336 goto +1
r1 += 1
if r0 == 337 goto +1
r1 += 1
if r0 == 338 goto +1
r1 += 1
if r0 == 339 goto +1
r1 += 1
if r0 == 340 goto +1
r1 += 1
if r0 == 341 goto +1
r1 += 1
if r0 == 342 goto +1
r1 += 1
if r0 == 343 goto +1
r1 += 1
if r0 == 344 goto +1
r1 += 1
if r0 == 345 goto +1
r1 += 1
if r0 == 346 goto +1
r1 += 1
if r0 == 347 goto +1
r1 += 1
if r0 == 348 goto +1
r1 += 1
if r0 == 349 goto +1
r1 += 1
if r0 == 350 goto +1
r1 += 1
if r0 == 351 goto +1
r1 += 1
if r0 == 352 goto +1
r1 += 1
if r0 == 353 goto +1
r1 += 1
if r0 == 354 goto +1
r1 += 1
if r0 == 355 goto +1
r1 += 1
if r0 == 356 goto +1
r1 += 1
if r0 == 357 goto +1
r1 += 1
if r0 == 358 goto +1
r1 += 1
if r0 == 359 goto +1
r1 += 1
if r0 == 360 goto +1
r1 += 1
if r0 == 361 goto +1
r1 += 1
if r0 == 362 goto +1
r1 += 1
if r0 == 363 goto +1
r1 += 1
if r0 == 364 goto +1
r1 += 1
if r0 == 365 goto +1
r1 += 1
if r0 == 366 goto +1
r1 += 1
if r0 == 367 goto +1
r1 += 1
if r0 == 368 goto +1
r1 += 1
if r0 == 369 goto +1
r1 += 1
if r0 == 370 goto +1
r1 += 1
if r0 == 371 goto +1
r1 += 1
if r0 == 372 goto +1
r1 += 1
if r0 == 373 goto +1
r1 += 1
if r0 == 374 goto +1
r1 += 1
if r0 == 375 goto +1
r1 += 1
if r0 == 376 goto +1
r1 += 1
if r0 == 377 goto +1
r1 += 1
if r0 == 378 goto +1
r1 += 1
if r0 == 379 goto +1
r1 += 1
if r0 == 380 goto +1
r1 += 1
if r0 == 381 goto +1
r1 += 1
if r0 == 382 goto +1
r1 += 1
if r0 == 383 goto +1
r1 += 1
if r0 == 384 goto +1
r1 += 1
if r0 == 385 goto +1
r1 += 1
if r0 == 386 goto +1
r1 += 1
if r0 == 387 goto +1
r1 += 1
if r0 == 388 goto +1
r1 += 1
if r0 == 389 goto +1
r1 += 1
if r0 == 390 goto +1
r1 += 1
if r0 == 391 goto +1
r1 += 1
if r0 == 392 goto +1
r1 += 1
if r0 == 393 goto +1
r1 += 1
if r0 == 394 goto +1
r1 += 1
if r0 == 395 goto +1
r1 += 1
if r0 == 396 goto +1
r1 += 1
if r0 == 397 goto +1
r1 += 1
if r0 == 398 goto +1
r1 += 1
if r0 == 399 goto +1
r1 += 1
if r0 == 400 goto +1
r1 += 1
if r0 == 401 goto +1
r1 += 1
if r0 == 402 goto +1
r1 += 1
if r0 == 403 goto +1
r1 += 1
if r0 == 404 goto +1
r1 += 1
if r0 == 405 goto +1
r1 += 1
if r0 == 406 goto +1
r1 += 1
if r0 == 407 goto +1
r1 += 1
if r0 == 408 goto +1
r1 += 1
if r0 == 409 goto +1
r1 += 1
if r0 == 410 goto +1
r1 += 1
if r0 == 411 goto +1
r1 += 1
if r0 == 412 goto +1
r1 += 1
if r0 == 413 goto +1
r1 += 1
if r0 == 414 goto +1
r1 += 1
if r0 == 415 goto +1
r1 += 1
if r0 == 416 goto +1
r1 += 1
if r0 == 417 goto +1
r1 += 1
if r0 == 418 goto +1
r1 += 1
if r0 == 419 goto +1
r1 += 1
if r0 == 420 goto +1
r1 += 1
if r0 == 421 goto +1
r1 += 1
if r0 == 422 goto +1
r1 += 1
if r0 == 423 goto +1
r1 += 1
if r0 == 424 goto +1
r1 += 1
if r0 == 425 goto +1
r1 += 1
if r0 == 426 goto +1
r1 += 1
if r0 == 427 goto +1
r1 += 1
if r0 == 428 goto +1
r1 += 1
if r0 == 429 goto +1
r1 += 1
if r0 == 430 goto +1
r1 += 1
if r0 == 431 goto +1
r1 += 1
if r0 == 432 goto +1
r1 += 1
if r0 == 433 goto +1
r1 += 1
if r0 == 434 goto +1
r1 += 1
if r0 == 435 goto +1
r1 += 1
if r0 == 436 goto +1
r1 += 1
if r0 == 437 goto +1
r1 += 1
if r0 == 438 goto +1
r1 += 1
if r0 == 439 goto +1
r1 += 1
if r0 == 440 goto +1
r1 += 1
if r0 == 441 goto +1
r1 += 1
if r0 == 442 goto +1
r1 += 1
if r0 == 443 goto +1
r1 += 1
if r0 == 444 goto +1
r1 += 1
if r0 == 445 goto +1
r1 += 1
if r0 == 446 goto +1
r1 += 1
if r0 == 447 goto +1
r1 += 1
if r0 == 448 goto +1
r1 += 1
if r0 == 449 goto +1
r1 += 1
if r0 == 450 goto +1
r1 += 1
if r0 == 451 goto +1
r1 += 1
if r0 == 452 goto +1
r1 += 1
if r0 == 453 goto +1
r1 += 1
if r0 == 454 goto +1
r1 += 1
if r0 == 455 goto +1
r1 += 1
if r0 == 456 goto +1
r1 += 1
if r0 == 457 goto +1
r1 += 1
if r0 == 458 goto +1
r1 += 1
if r0 == 459 goto +1
r1 += 1
if r0 == 460 goto +1
r1 += 1
if r0 == 461 goto +1
r1 += 1
if r0 == 462 goto +1
r1 += 1
if r0 == 463 goto +1
r1 += 1
if r0 == 464 goto +1
r1 += 1
if r0 == 465 goto +1
r1 += 1
if r0 == 466 goto +1
r1 += 1
if r0 == 467 goto +1
r1 += 1
if r0 == 468 goto +1
r1 += 1
if r0 == 469 goto +1
r1 += 1
if r0 == 470 goto +1
r1 += 1
if r0 == 471 goto +1
r1 += 1
if r0 == 472 goto +1
r1 += 1
if r0 == 473 goto +1
r1 += 1
if r0 == 474 goto +1
r1 += 1
if r0 == 475 goto +1
r1 += 1
if r0 == 476 goto +1
r1 += 1
if r0 == 477 goto +1
r1 += 1
if r0 == 478 goto +1
r1 += 1
if r0 == 479 goto +1
r1 += 1
if r0 == 480 goto +1
r1 += 1
if r0 == 481 goto +1
r1 += 1
if r0 == 482 goto +1
r1 += 1
if r0 == 483 goto +1
r1 += 1
if r0 == 484 goto +1
r1 += 1
if r0 == 485 goto +1
r1 += 1
if r0 == 486 goto +1
r1 += 1
if r0 == 487 goto +1
r1 += 1
if r0 == 488 goto +1
r1 += 1
if r0 == 489 goto +1
r1 += 1
if r0 == 490 goto +1
r1 += 1
if r0 == 491 goto +1
r1 += 1
if r0 == 492 goto +1
r1 += 1
if r0 == 493 goto +1
r1 += 1
if r0 == 494 goto +1
r1 += 1
if r0 == 495 goto +1
r1 += 1
if r0 == 496 goto +1
r1 += 1
if r0 == 497 goto +1
r1 += 1
if r0 == 498 goto +1
r1 += 1
if r0 == 499 goto +1
r1 += 1
if r0 == 500 goto +1
r1 += 1
if r0 == 501 goto +1
r1 += 1
if r0 == 502 goto +1
r1 += 1
if r0 == 503 goto +1
r1 += 1
if r0 == 504 goto +1
r1 += 1
if r0 == 505 goto +1
r1 += 1
if r0 == 506 goto +1
r1 += 1
if r0 == 507 goto +1
r1 += 1
if r0 == 508 goto +1
r1 += 1
if r0 == 509 goto +1
r1 += 1
if r0 == 510 goto +1
r1 += 1
if r0 == 511 goto +1
r1 += 1
if r0 == 512 goto +1
r1 += 1
if r0 == 513 goto +1
r1 += 1
if r0 == 514 goto +1
r1 += 1
if r0 == 515 goto +1
r1 += 1
if r0 == 516 goto +1
r1 += 1
if r0 == 517 goto +1
r1 += 1
if r0 == 518 goto +1
r1 += 1
if r0 == 519 goto +1
r1 += 1
if r0 == 520 goto +1
r1 += 1
if r0 == 521 goto +1
r1 += 1
if r0 == 522 goto +1
r1 += 1
if r0 == 523 goto +1
r1 += 1
if r0 == 524 goto +1
r1 += 1
if r0 == 525 goto +1
r1 += 1
if r0 == 526 goto +1
r1 += 1
if r0 == 527 goto +1
r1 += 1
if r0 == 528 goto +1
r1 += 1
if r0 == 529 goto +1
r1 += 1
if r0 == 530 goto +1
r1 += 1
if r0 == 531 goto +1
r1 += 1
if r0 == 532 goto +1
r1 += 1
if r0 == 533 goto +1
r1 += 1
if r0 == 534 goto +1
r1 += 1
if r0 == 535 goto +1
r1 += 1
if r0 == 536 goto +1
r1 += 1
if r0 == 537 goto +1
r1 += 1
if r0 == 538 goto +1
r1 += 1
if r0 == 539 goto +1
r1 += 1
if r0 == 540 goto +1
r1 += 1
if r0 == 541 goto +1
r1 += 1
if r0 == 542 goto +1
r1 += 1
if r0 == 543 goto +1
r1 += 1
if r0 == 544 goto +1
r1 += 1
if r0 == 545 goto +1
r1 += 1
if r0 == 546 goto +1
r1 += 1
if r0 == 547 goto +1
r1 += 1
if r0 == 548 goto +1
r1 += 1
if r0 == 549 goto +1
r1 += 1
if r0 == 550 goto +1
r1 += 1
if r0 == 551 goto +1
r1 += 1
if r0 == 552 goto +1
r1 += 1
if r0 == 553 goto +1
r1 += 1
if r0 == 554 goto +1
r1 += 1
if r0 == 555 goto +1
r1 += 1
if r0 == 556 goto +1
r1 += 1
if r0 == 557 goto +1
r1 += 1
if r0 == 558 goto +1
r1 += 1
if r0 == 559 goto +1
r1 += 1
if r0 == 560 goto +1
r1 += 1
if r0 == 561 goto +1
r1 += 1
if r0 == 562 goto +1
r1 += 1
if r0 == 563 goto +1
r1 += 1
if r0 == 564 goto +1
r1 += 1
if r0 == 565 goto +1
r1 += 1
if r0 == 566 goto +1
r1 += 1
if r0 == 567 goto +1
r1 += 1
if r0 == 568 goto +1
r1 += 1
if r0 == 569 goto +1
r1 += 1
if r0 == 570 goto +1
r1 += 1
if r0 == 571 goto +1
r1 += 1
if r0 == 572 goto +1
r1 += 1
if r0 == 573 goto +1
r1 += 1
if r0 == 574 goto +1
r1 += 1
if r0 == 575 goto +1
r1 += 1
if r0 == 576 goto +1
r1 += 1
if r0 == 577 goto +1
r1 += 1
if r0 == 578 goto +1
r1 += 1
if r0 == 579 goto +1
r1 += 1
if r0 == 580 goto +1
r1 += 1
if r0 == 581 goto +1
r1 += 1
if r0 == 582 goto +1
r1 += 1
if r0 == 583 goto +1
r1 += 1
if r0 == 584 goto +1
r1 += 1
if r0 == 585 goto +1
r1 += 1
if r0 == 586 goto +1
r1 += 1
if r0 == 587 goto +1
r1 += 1
if r0 == 588 goto +1
r1 += 1
if r0 == 589 goto +1
r1 += 1
if r0 == 590 goto +1
r1 += 1
if r0 == 591 goto +1
r1 += 1
if r0 == 592 goto +1
r1 += 1
if r0 == 593 goto +1
r1 += 1
if r0 == 594 goto +1
r1 += 1
if r0 == 595 goto +1
r1 += 1
if r0 == 596 goto +1
r1 += 1
if r0 == 597 goto +1
r1 += 1
if r0 == 598 goto +1
r1 += 1
if r0 == 599 goto +1
r1 += 1
if r0 == 600 goto +1
r1 += 1
if r0 == 601 goto +1
r1 += 1
if r0 == 602 goto +1
r1 += 1
if r0 == 603 goto +1
r1 += 1
if r0 == 604 goto +1
r1 += 1
if r0 == 605 goto +1
r1 += 1
if r0 == 606 goto +1
r1 += 1
if r0 == 607 goto +1
r1 += 1
if r0 == 608 goto +1
r1 += 1
if r0 == 609 goto +1
r1 += 1
if r0 == 610 goto +1
r1 += 1
if r0 == 611 goto +1
r1 += 1
if r0 == 612 goto +1
r1 += 1
if r0 == 613 goto +1
r1 += 1
if r0 == 614 goto +1
r1 += 1
if r0 == 615 goto +1
r1 += 1
if r0 == 616 goto +1
r1 += 1
if r0 == 617 goto +1
r1 += 1
if r0 == 618 goto +1
r1 += 1
if r0 == 619 goto +1
r1 += 1
if r0 == 620 goto +1
r1 += 1
if r0 == 621 goto +1
r1 += 1
if r0 == 622 goto +1
r1 += 1
if r0 == 623 goto +1
r1 += 1
if r0 == 624 goto +1
r1 += 1
if r0 == 625 goto +1
r1 += 1
if r0 == 626 goto +1
r1 += 1
if r0 == 627 goto +1
r1 += 1
if r0 == 628 goto +1
r1 += 1
if r0 == 629 goto +1
r1 += 1
if r0 == 630 goto +1
r1 += 1
if r0 == 631 goto +1
r1 += 1
if r0 == 632 goto +1
r1 += 1
if r0 == 633 goto +1
r1 += 1
if r0 == 634 goto +1
r1 += 1
if r0 == 635 goto +1
r1 += 1
if r0 == 636 goto +1
r1 += 1
if r0 == 637 goto +1
r1 += 1
if r0 == 638 goto +1
r1 += 1
if r0 == 639 goto +1
r1 += 1
if r0 == 640 goto +1
r1 += 1
if r0 == 641 goto +1
r1 += 1
if r0 == 642 goto +1
r1 += 1
if r0 == 643 goto +1
r1 += 1
if r0 == 644 goto +1
r1 += 1
if r0 == 645 goto +1
r1 += 1
if r0 == 646 goto +1
r1 += 1
if r0 == 647 goto +1
r1 += 1
if r0 == 648 goto +1
r1 += 1
if r0 == 649 goto +1
r1 += 1
if r0 == 650 goto +1
r1 += 1
if r0 == 651 goto +1
r1 += 1
if r0 == 652 goto +1
r1 += 1
if r0 == 653 goto +1
r1 += 1
if r0 == 654 goto +1
r1 += 1
if r0 == 655 goto +1
r1 += 1
if r0 == 656 goto +1
r1 += 1
if r0 == 657 goto +1
r1 += 1
if r0 == 658 goto +1
r1 += 1
if r0 == 659 goto +1
r1 += 1
if r0 == 660 goto +1
r1 += 1
if r0 == 661 goto +1
r1 += 1
if r0 == 662 goto +1
r1 += 1
if r0 == 663 goto +1
r1 += 1
if r0 == 664 goto +1
r1 += 1
if r0 == 665 goto +1
r1 += 1
if r0 == 666 goto +1
r1 += 1
if r0 == 667 goto +1
r1 += 1
if r0 == 668 goto +1
r1 += 1
if r0 == 669 goto +1
r1 += 1
if r0 == 670 goto +1
r1 += 1
if r0 == 671 goto +1
r1 += 1
if r0 == 672 goto +1
r1 += 1
if r0 == 673 goto +1
r1 += 1
if r0 == 674 goto +1
r1 += 1
if r0 == 675 goto +1
r1 += 1
if r0 == 676 goto +1
r1 += 1
if r0 == 677 goto +1
r1 += 1
if r0 == 678 goto +1
r1 += 1
if r0 == 679 goto +1
r1 += 1
if r0 == 680 goto +1
r1 += 1
if r0 == 681 goto +1
r1 += 1
if r0 == 682 goto +1
r1 += 1
if r0 == 683 goto +1
r1 += 1
if r0 == 684 goto +1
r1 += 1
if r0 == 685 goto +1
r1 += 1
if r0 == 686 goto +1
r1 += 1
if r0 == 687 goto +1
r1 += 1
if r0 == 688 goto +1
r1 += 1
if r0 == 689 goto +1
r1 += 1
if r0 == 690 goto +1
r1 += 1
if r0 == 691 goto +1
r1 += 1
if r0 == 692 goto +1
r1 += 1
if r0 == 693 goto +1
r1 += 1
if r0 == 694 goto +1
r1 += 1
if r0 == 695 goto +1
r1 += 1
if r0 == 696 goto +1
r1 += 1
if r0 == 697 goto +1
r1 += 1
if r0 == 698 goto +1
r1 += 1
if r0 == 699 goto +1
r1 += 1
if r0 == 700 goto +1
r1 += 1
if r0 == 701 goto +1
r1 += 1
if r0 == 702 goto +1
r1 += 1
if r0 == 703 goto +1
r1 += 1
if r0 == 704 goto +1
r1 += 1
if r0 == 705 goto +1
r1 += 1
if r0 == 706 goto +1
r1 += 1
if r0 == 707 goto +1
r1 += 1
if r0 == 708 goto +1
r1 += 1
if r0 == 709 goto +1
r1 += 1
if r0 == 710 goto +1
r1 += 1
if r0 == 711 goto +1
r1 += 1
if r0 == 712 goto +1
r1 += 1
if r0 == 713 goto +1
r1 += 1
if r0 == 714 goto +1
r1 += 1
if r0 == 715 goto +1
r1 += 1
if r0 == 716 goto +1
r1 += 1
if r0 == 717 goto +1
r1 += 1
if r0 == 718 goto +1
r1 += 1
if r0 == 719 goto +1
r1 += 1
if r0 == 720 goto +1
r1 += 1
if r0 == 721 goto +1
r1 += 1
if r0 == 722 goto +1
r1 += 1
if r0 == 723 goto +1
r1 += 1
if r0 == 724 goto +1
r1 += 1
if r0 == 725 goto +1
r1 += 1
if r0 == 726 goto +1
r1 += 1
if r0 == 727 goto +1
r1 += 1
if r0 == 728 goto +1
r1 += 1
if r0 == 729 goto +1
r1 += 1
if r0 == 730 goto +1
r1 += 1
if r0 == 731 goto +1
r1 += 1
if r0 == 732 goto +1
r1 += 1
if r0 == 733 goto +1
r1 += 1
if r0 == 734 goto +1
r1 += 1
if r0 == 735 goto +1
r1 += 1
if r0 == 736 goto +1
r1 += 1
if r0 == 737 goto +1
r1 += 1
if r0 == 738 goto +1
r1 += 1
if r0 == 739 goto +1
r1 += 1
if r0 == 740 goto +1
r1 += 1
if r0 == 741 goto +1
r1 += 1
if r0 == 742 goto +1
r1 += 1
if r0 == 743 goto +1
r1 += 1
if r0 == 744 goto +1
r1 += 1
if r0 == 745 goto +1
r1 += 1
if r0 == 746 goto +1
r1 += 1
if r0 == 747 goto +1
r1 += 1
if r0 == 748 goto +1
r1 += 1
if r0 == 749 goto +1
r1 += 1
if r0 == 750 goto +1
r1 += 1
if r0 == 751 goto +1
r1 += 1
if r0 == 752 goto +1
r1 += 1
if r0 == 753 goto +1
r1 += 1
if r0 == 754 goto +1
r1 += 1
if r0 == 755 goto +1
r1 += 1
if r0 == 756 goto +1
r1 += 1
if r0 == 757 goto +1
r1 += 1
if r0 == 758 goto +1
r1 += 1
if r0 == 759 goto +1
r1 += 1
if r0 == 760 goto +1
r1 += 1
if r0 == 761 goto +1
r1 += 1
if r0 == 762 goto +1
r1 += 1
if r0 == 763 goto +1
r1 += 1
if r0 == 764 goto +1
r1 += 1
if r0 == 765 goto +1
r1 += 1
if r0 == 766 goto +1
r1 += 1
if r0 == 767 goto +1
r1 += 1
if r0 == 768 goto +1
r1 += 1
if r0 == 769 goto +1
r1 += 1
if r0 == 770 goto +1
r1 += 1
if r0 == 771 goto +1
r1 += 1
if r0 == 772 goto +1
r1 += 1
if r0 == 773 goto +1
r1 += 1
if r0 == 774 goto +1
r1 += 1
if r0 == 775 goto +1
r1 += 1
if r0 == 776 goto +1
r1 += 1
if r0 == 777 goto +1
r1 += 1
if r0 == 778 goto +1
r1 += 1
if r0 == 779 goto +1
r1 += 1
if r0 == 780 goto +1
r1 += 1
if r0 == 781 goto +1
r1 += 1
if r0 == 782 goto +1
r1 += 1
if r0 == 783 goto +1
r1 += 1
if r0 == 784 goto +1
r1 += 1
if r0 == 785 goto +1
r1 += 1
if r0 == 786 goto +1
r1 += 1
if r0 == 787 goto +1
r1 += 1
if r0 == 788 goto +1
r1 += 1
if r0 == 789 goto +1
r1 += 1
if r0 == 790 goto +1
r1 += 1
if r0 == 791 goto +1
r1 += 1
if r0 == 792 goto +1
r1 += 1
if r0 == 793 goto +1
r1 += 1
if r0 == 794 goto +1
r1 += 1
if r0 == 795 goto +1
r1 += 1
if r0 == 796 goto +1
r1 += 1
if r0 == 797 goto +1
r1 += 1
if r0 == 798 goto +1
r1 += 1
if r0 == 799 goto +1
r1 += 1
if r0 == 800 goto +1
r1 += 1
if r0 == 801 goto +1
r1 += 1
if r0 == 802 goto +1
r1 += 1
if r0 == 803 goto +1
r1 += 1
if r0 == 804 goto +1
r1 += 1
if r0 == 805 goto +1
r1 += 1
if r0 == 806 goto +1
r1 += 1
if r0 == 807 goto +1
r1 += 1
if r0 == 808 goto +1
r1 += 1
if r0 == 809 goto +1
r1 += 1
if r0 == 810 goto +1
r1 += 1
if r0 == 811 goto +1
r1 += 1
if r0 == 812 goto +1
r1 += 1
if r0 == 813 goto +1
r1 += 1
if r0 == 814 goto +1
r1 += 1
if r0 == 815 goto +1
r1 += 1
if r0 == 816 goto +1
r1 += 1
if r0 == 817 goto +1
r1 += 1
if r0 == 818 goto +1
r1 += 1
if r0 == 819 goto +1
r1 += 1
if r0 == 820 goto +1
r1 += 1
if r0 == 821 goto +1
r1 += 1
if r0 == 822 goto +1
r1 += 1
if r0 == 823 goto +1
r1 += 1
if r0 == 824 goto +1
r1 += 1
if r0 == 825 goto +1
r1 += 1
if r0 == 826 goto +1
r1 += 1
if r0 == 827 goto +1
r1 += 1
if r0 == 828 goto +1
r1 += 1
if r0 == 829 goto +1
r1 += 1
if r0 == 830 goto +1
r1 += 1
if r0 == 831 goto +1
r1 += 1
if r0 == 832 goto +1
r1 += 1
if r0 == 833 goto +1
r1 += 1
if r0 == 834 goto +1
r1 += 1
if r0 == 835 goto +1
r1 += 1
if r0 == 836 goto +1
r1 += 1
if r0 == 837 goto +1
r1 += 1
if r0 == 838 goto +1
r1 += 1
if r0 == 839 goto +1
r1 += 1
if r0 == 840 goto +1
r1 += 1
if r0 == 841 goto +1
r1 += 1
if r0 == 842 goto +1
r1 += 1
if r0 == 843 goto +1
r1 += 1
if r0 == 844 goto +1
r1 += 1
if r0 == 845 goto +1
r1 += 1
if r0 == 846 goto +1
r1 += 1
if r0 == 847 goto +1
r1 += 1
if r0 == 848 goto +1
r1 += 1
if r0 == 849 goto +1
r1 += 1
if r0 == 850 goto +1
r1 += 1
if r0 == 851 goto +1
r1 += 1
if r0 == 852 goto +1
r1 += 1
if r0 == 853 goto +1
r1 += 1
if r0 == 854 goto +1
r1 += 1
if r0 == 855 goto +1
r1 += 1
if r0 == 856 goto +1
r1 += 1
if r0 == 857 goto +1
r1 += 1
if r0 == 858 goto +1
r1 += 1
if r0 == 859 goto +1
r1 += 1
if r0 == 860 goto +1
r1 += 1
if r0 == 861 goto +1
r1 += 1
if r0 == 862 goto +1
r1 += 1
if r0 == 863 goto +1
r1 += 1
if r0 == 864 goto +1
r1 += 1
if r0 == 865 goto +1
r1 += 1
if r0 == 866 goto +1
r1 += 1
if r0 == 867 goto +1
r1 += 1
if r0 == 868 goto +1
r1 += 1
if r0 == 869 goto +1
r1 += 1
if r0 == 870 goto +1
r1 += 1
if r0 == 871 goto +1
r1 += 1
if r0 == 872 goto +1
r1 += 1
if r0 == 873 goto +1
r1 += 1
if r0 == 874 goto +1
r1 += 1
if r0 == 875 goto +1
r1 += 1
if r0 == 876 goto +1
r1 += 1
if r0 == 877 goto +1
r1 += 1
if r0 == 878 goto +1
r1 += 1
if r0 == 879 goto +1
r1 += 1
if r0 == 880 goto +1
r1 += 1
if r0 == 881 goto +1
r1 += 1
if r0 == 882 goto +1
r1 += 1
if r0 == 883 goto +1
r1 += 1
if r0 == 884 goto +1
r1 += 1
if r0 == 885 goto +1
r1 += 1
if r0 == 886 goto +1
r1 += 1
if r0 == 887 goto +1
r1 += 1
if r0 == 888 goto +1
r1 += 1
if r0 == 889 goto +1
r1 += 1
if r0 == 890 goto +1
r1 += 1
if r0 == 891 goto +1
r1 += 1
if r0 == 892 goto +1
r1 += 1
if r0 == 893 goto +1
r1 += 1
if r0 == 894 goto +1
r1 += 1
if r0 == 895 goto +1
r1 += 1
if r0 == 896 goto +1
r1 += 1
if r0 == 897 goto +1
r1 += 1
if r0 == 898 goto +1
r1 += 1
if r0 == 899 goto +1
r1 += 1
if r0 == 900 goto +1
r1 += 1
if r0 == 901 goto +1
r1 += 1
if r0 == 902 goto +1
r1 += 1
if r0 == 903 goto +1
r1 += 1
if r0 == 904 goto +1
r1 += 1
if r0 == 905 goto +1
r1 += 1
if r0 == 906 goto +1
r1 += 1
if r0 == 907 goto +1
r1 += 1
if r0 == 908 goto +1
r1 += 1
if r0 == 909 goto +1
r1 += 1
if r0 == 910 goto +1
r1 += 1
if r0 == 911 goto +1
r1 += 1
if r0 == 912 goto +1
r1 += 1
if r0 == 913 goto +1
r1 += 1
if r0 == 914 goto +1
r1 += 1
if r0 == 915 goto +1
r1 += 1
if r0 == 916 goto +1
r1 += 1
if r0 == 917 goto +1
r1 += 1
if r0 == 918 goto +1
r1 += 1
if r0 == 919 goto +1
r1 += 1
if r0 == 920 goto +1
r1 += 1
if r0 == 921 goto +1
r1 += 1
if r0 == 922 goto +1
r1 += 1
if r0 == 923 goto +1
r1 += 1
if r0 == 924 goto +1
r1 += 1
if r0 == 925 goto +1
r1 += 1
if r0 == 926 goto +1
r1 += 1
if r0 == 927 goto +1
r1 += 1
if r0 == 928 goto +1
r1 += 1
if r0 == 929 goto +1
r1 += 1
if r0 == 930 goto +1
r1 += 1
if r0 == 931 goto +1
r1 += 1
if r0 == 932 goto +1
r1 += 1
if r0 == 933 goto +1
r1 += 1
if r0 == 934 goto +1
r1 += 1
if r0 == 935 goto +1
r1 += 1
if r0 == 936 goto +1
r1 += 1
if r0 == 937 goto +1
r1 += 1
if r0 == 938 goto +1
r1 += 1
if r0 == 939 goto +1
r1 += 1
if r0 == 940 goto +1
r1 += 1
if r0 == 941 goto +1
r1 += 1
if r0 == 942 goto +1
r1 += 1
if r0 == 943 goto +1
r1 += 1
if r0 == 944 goto +1
r1 += 1
if r0 == 945 goto +1
r1 += 1
if r0 == 946 goto +1
r1 += 1
if r0 == 947 goto +1
r1 += 1
if r0 == 948 goto +1
r1 += 1
if r0 == 949 goto +1
r1 += 1
if r0 == 950 goto +1
r1 += 1
if r0 == 951 goto +1
r1 += 1
if r0 == 952 goto +1
r1 += 1
if r0 == 953 goto +1
r1 += 1
if r0 == 954 goto +1
r1 += 1
if r0 == 955 goto +1
r1 += 1
if r0 == 956 goto +1
r1 += 1
if r0 == 957 goto +1
r1 += 1
if r0 == 958 goto +1
r1 += 1
if r0 == 959 goto +1
r1 += 1
if r0 == 960 goto +1
r1 += 1
if r0 == 961 goto +1
r1 += 1
if r0 == 962 goto +1
r1 += 1
if r0 == 963 goto +1
r1 += 1
if r0 == 964 goto +1
r1 += 1
if r0 == 965 goto +1
r1 += 1
if r0 == 966 goto +1
r1 += 1
if r0 == 967 goto +1
r1 += 1
if r0 == 968 goto +1
r1 += 1
if r0 == 969 goto +1
r1 += 1
if r0 == 970 goto +1
r1 += 1
if r0 == 971 goto +1
r1 += 1
if r0 == 972 goto +1
r1 += 1
if r0 == 973 goto +1
r1 += 1
if r0 == 974 goto +1
r1 += 1
if r0 == 975 goto +1
r1 += 1
if r0 == 976 goto +1
r1 += 1
if r0 == 977 goto +1
r1 += 1
if r0 == 978 goto +1
r1 += 1
if r0 == 979 goto +1
r1 += 1
if r0 == 980 goto +1
r1 += 1
if r0 == 981 goto +1
r1 += 1
if r0 == 982 goto +1
r1 += 1
if r0 == 983 goto +1
r1 += 1
if r0 == 984 goto +1
r1 += 1
if r0 == 985 goto +1
r1 += 1
if r0 == 986 goto +1
r1 += 1
if r0 == 987 goto +1
r1 += 1
if r0 == 988 goto +1
r1 += 1
if r0 == 989 goto +1
r1 += 1
if r0 == 990 goto +1
r1 += 1
if r0 == 991 goto +1
r1 += 1
if r0 == 992 goto +1
r1 += 1
if r0 == 993 goto +1
r1 += 1
if r0 == 994 goto +1
r1 += 1
if r0 == 995 goto +1
r1 += 1
if r0 == 996 goto +1
r1 += 1
if r0 == 997 goto +1
r1 += 1
if r0 == 998 goto +1
r1 += 1
if r0 == 999 goto +1
r1 += 1
if r0 == 1000 goto +1
r1 += 1
if r0 == 1001 goto +1
r1 += 1
if r0 == 1002 goto +1
r1 += 1
if r0 == 1003 goto +1
r1 += 1
if r0 == 1004 goto +1
r1 += 1
if r0 == 1005 goto +1
r1 += 1
if r0 == 1006 goto +1
r1 += 1
if r0 == 1007 goto +1
r1 += 1
if r0 == 1008 goto +1
r1 += 1
if r0 == 1009 goto +1
r1 += 1
if r0 == 1010 goto +1
r1 += 1
if r0 == 1011 goto +1
r1 += 1
if r0 == 1012 goto +1
r1 += 1
if r0 == 1013 goto +1
r1 += 1
if r0 == 1014 goto +1
r1 += 1
if r0 == 1015 goto +1
r1 += 1
if r0 == 1016 goto +1
r1 += 1
if r0 == 1017 goto +1
r1 += 1
if r0 == 1018 goto +1
r1 += 1
if r0 == 1019 goto +1
r1 += 1
if r0 == 1020 goto +1
r1 += 1
if r0 == 1021 goto +1
r1 += 1
if r0 == 1022 goto +1
r1 += 1
if r0 == 1023 goto +1
r1 += 1
if r0 == 1024 goto +1
r1 += 1
if r0 == 1025 goto +1
r1 += 1
if r0 == 1026 goto +1
r1 += 1
if r0 == 1027 goto +1
r1 += 1
if r0 == 1028 goto +1
r1 += 1
if r0 == 1029 goto +1
r1 += 1
if r0 == 1030 goto +1
r1 += 1
if r0 == 1031 goto +1
r1 += 1
if r0 == 1032 goto +1
r1 += 1
if r0 == 1033 goto +1
r1 += 1
if r0 == 1034 goto +1
r1 += 1
if r0 == 1035 goto +1
r1 += 1
if r0 == 1036 goto +1
r1 += 1
if r0 == 1037 goto +1
r1 += 1
if r0 == 1038 goto +1
r1 += 1
if r0 == 1039 goto +1
r1 += 1
if r0 == 1040 goto +1
r1 += 1
if r0 == 1041 goto +1
r1 += 1
if r0 == 1042 goto +1
r1 += 1
if r0 == 1043 goto +1
r1 += 1
if r0 == 1044 goto +1
r1 += 1
if r0 == 1045 goto +1
r1 += 1
if r0 == 1046 goto +1
r1 += 1
if r0 == 1047 goto +1
r1 += 1
if r0 == 1048 goto +1
r1 += 1
if r0 == 1049 goto +1
r1 += 1
if r0 == 1050 goto +1
r1 += 1
if r0 == 1051 goto +1
r1 += 1
if r0 == 1052 goto +1
r1 += 1
if r0 == 1053 goto +1
r1 += 1
if r0 == 1054 goto +1
r1 += 1
if r0 == 1055 goto +1
r1 += 1
if r0 == 1056 goto +1
r1 += 1
if r0 == 1057 goto +1
r1 += 1
if r0 == 1058 goto +1
r1 += 1
if r0 == 1059 goto +1
r1 += 1
if r0 == 1060 goto +1
r1 += 1
if r0 == 1061 goto +1
r1 += 1
if r0 == 1062 goto +1
r1 += 1
if r0 == 1063 goto +1
r1 += 1
if r0 == 1064 goto +1
r1 += 1
if r0 == 1065 goto +1
r1 += 1
if r0 == 1066 goto +1
r1 += 1
if r0 == 1067 goto +1
r1 += 1
if r0 == 1068 goto +1
r1 += 1
if r0 == 1069 goto +1
r1 += 1
if r0 == 1070 goto +1
r1 += 1
if r0 == 1071 goto +1
r1 += 1
if r0 == 1072 goto +1
r1 += 1
if r0 == 1073 goto +1
r1 += 1
if r0 == 1074 goto +1
r1 += 1
if r0 == 1075 goto +1
r1 += 1
if r0 == 1076 goto +1
r1 += 1
if r0 == 1077 goto +1
r1 += 1
if r0 == 1078 goto +1
r1 += 1
if r0 == 1079 goto +1
r1 += 1
if r0 == 1080 goto +1
r1 += 1
if r0 == 1081 goto +1
r1 += 1
if r0 == 1082 goto +1
r1 += 1
if r0 == 1083 goto +1
r1 += 1
if r0 == 1084 goto +1
r1 += 1
if r0 == 1085 goto +1
r1 += 1
if r0 == 1086 goto +1
r1 += 1
if r0 == 1087 goto +1
r1 += 1
if r0 == 1088 goto +1
r1 += 1
if r0 == 1089 goto +1
r1 += 1
if r0 == 1090 goto +1
r1 += 1
if r0 == 1091 goto +1
r1 += 1
if r0 == 1092 goto +1
r1 += 1
if r0 == 1093 goto +1
r1 += 1
if r0 == 1094 goto +1
r1 += 1
if r0 == 1095 goto +1
r1 += 1
if r0 == 1096 goto +1
r1 += 1
if r0 == 1097 goto +1
r1 += 1
if r0 == 1098 goto +1
r1 += 1
if r0 == 1099 goto +1
r1 += 1
if r0 == 1100 goto +1
r1 += 1
if r0 == 1101 goto +1
r1 += 1
if r0 == 1102 goto +1
r1 += 1
if r0 == 1103 goto +1
r1 += 1
if r0 == 1104 goto +1
r1 += 1
if r0 == 1105 goto +1
r1 += 1
if r0 == 1106 goto +1
r1 += 1
if r0 == 1107 goto +1
r1 += 1
if r0 == 1108 goto +1
r1 += 1
if r0 == 1109 goto +1
r1 += 1
if r0 == 1110 goto +1
r1 += 1
if r0 == 1111 goto +1
r1 += 1
if r0 == 1112 goto +1
r1 += 1
if r0 == 1113 goto +1
r1 += 1
if r0 == 1114 goto +1
r1 += 1
if r0 == 1115 goto +1
r1 += 1
if r0 == 1116 goto +1
r1 += 1
if r0 == 1117 goto +1
r1 += 1
if r0 == 1118 goto +1
r1 += 1
if r0 == 1119 goto +1
r1 += 1
if r0 == 1120 goto +1
r1 += 1
if r0 == 1121 goto +1
r1 += 1
if r0 == 1122 goto +1
r1 += 1
if r0 == 1123 goto +1
r1 += 1
if r0 == 1124 goto +1
r1 += 1
if r0 == 1125 goto +1
r1 += 1
if r0 == 1126 goto +1
r1 += 1
if r0 == 1127 goto +1
r1 += 1
if r0 == 1128 goto +1
r1 += 1
if r0 == 1129 goto +1
r1 += 1
if r0 == 1130 goto +1
r1 += 1
if r0 == 1131 goto +1
r1 += 1
if r0 == 1132 goto +1
r1 += 1
if r0 == 1133 goto +1
r1 += 1
if r0 == 1134 goto +1
r1 += 1
if r0 == 1135 goto +1
r1 += 1
if r0 == 1136 goto +1
r1 += 1
if r0 == 1137 goto +1
r1 += 1
if r0 == 1138 goto +1
r1 += 1
if r0 == 1139 goto +1
r1 += 1
if r0 == 1140 goto +1
r1 += 1
if r0 == 1141 goto +1
r1 += 1
if r0 == 1142 goto +1
r1 += 1
if r0 == 1143 goto +1
r1 += 1
if r0 == 1144 goto +1
r1 += 1
if r0 == 1145 goto +1
r1 += 1
if r0 == 1146 goto +1
r1 += 1
if r0 == 1147 goto +1
r1 += 1
if r0 == 1148 goto +1
r1 += 1
if r0 == 1149 goto +1
r1 += 1
if r0 == 1150 goto +1
r1 += 1
if r0 == 1151 goto +1
r1 += 1
if r0 == 1152 goto +1
r1 += 1
if r0 == 1153 goto +1
r1 += 1
if r0 == 1154 goto +1
r1 += 1
if r0 == 1155 goto +1
r1 += 1
if r0 == 1156 goto +1
r1 += 1
if r0 == 1157 goto +1
r1 += 1
if r0 == 1158 goto +1
r1 += 1
if r0 == 1159 goto +1
r1 += 1
if r0 == 1160 goto +1
r1 += 1
if r0 == 1161 goto +1
r1 += 1
if r0 == 1162 goto +1
r1 += 1
if r0 == 1163 goto +1
r1 += 1
if r0 == 1164 goto +1
r1 += 1
if r0 == 1165 goto +1
r1 += 1
if r0 == 1166 goto +1
r1 += 1
if r0 == 1167 goto +1
r1 += 1
if r0 == 1168 goto +1
r1 += 1
if r0 == 1169 goto +1
r1 += 1
if r0 == 1170 goto +1
r1 += 1
if r0 == 1171 goto +1
r1 += 1
if r0 == 1172 goto +1
r1 += 1
if r0 == 1173 goto +1
r1 += 1
if r0 == 1174 goto +1
r1 += 1
if r0 == 1175 goto +1
r1 += 1
if r0 == 1176 goto +1
r1 += 1
if r0 == 1177 goto +1
r1 += 1
if r0 == 1178 goto +1
r1 += 1
if r0 == 1179 goto +1
r1 += 1
if r0 == 1180 goto +1
r1 += 1
if r0 == 1181 goto +1
r1 += 1
if r0 == 1182 goto +1
r1 += 1
if r0 == 1183 goto +1
r1 += 1
if r0 == 1184 goto +1
r1 += 1
if r0 == 1185 goto +1
r1 += 1
if r0 == 1186 goto +1
r1 += 1
if r0 == 1187 goto +1
r1 += 1
if r0 == 1188 goto +1
r1 += 1
if r0 == 1189 goto +1
r1 += 1
if r0 == 1190 goto +1
r1 += 1
if r0 == 1191 goto +1
r1 += 1
if r0 == 1192 goto +1
r1 += 1
if r0 == 1193 goto +1
r1 += 1
if r0 == 1194 goto +1
r1 += 1
if r0 == 1195 goto +1
r1 += 1
if r0 == 1196 goto +1
r1 += 1
if r0 == 1197 goto +1
r1 += 1
if r0 == 1198 goto +1
r1 += 1
if r0 == 1199 goto +1
r1 += 1
if r0 == 1200 goto +1
r1 += 1
if r0 == 1201 goto +1
r1 += 1
if r0 == 1202 goto +1
r1 += 1
if r0 == 1203 goto +1
r1 += 1
if r0 == 1204 goto +1
r1 += 1
if r0 == 1205 goto +1
r1 += 1
if r0 == 1206 goto +1
r1 += 1
if r0 == 1207 goto +1
r1 += 1
if r0 == 1208 goto +1
r1 += 1
if r0 == 1209 goto +1
r1 += 1
if r0 == 1210 goto +1
r1 += 1
if r0 == 1211 goto +1
r1 += 1
if r0 == 1212 goto +1
r1 += 1
if r0 == 1213 goto +1
r1 += 1
if r0 == 1214 goto +1
r1 += 1
if r0 == 1215 goto +1
r1 += 1
if r0 == 1216 goto +1
r1 += 1
if r0 == 1217 goto +1
r1 += 1
if r0 == 1218 goto +1
r1 += 1
if r0 == 1219 goto +1
r1 += 1
if r0 == 1220 goto +1
r1 += 1
if r0 == 1221 goto +1
r1 += 1
if r0 == 1222 goto +1
r1 += 1
if r0 == 1223 goto +1
r1 += 1
if r0 == 1224 goto +1
r1 += 1
if r0 == 1225 goto +1
r1 += 1
if r0 == 1226 goto +1
r1 += 1
if r0 == 1227 goto +1
r1 += 1
if r0 == 1228 goto +1
r1 += 1
if r0 == 1229 goto +1
r1 += 1
if r0 == 1230 goto +1
r1 += 1
if r0 == 1231 goto +1
r1 += 1
if r0 == 1232 goto +1
r1 += 1
if r0 == 1233 goto +1
r1 += 1
if r0 == 1234 goto +1
r1 += 1
if r0 == 1235 goto +1
r1 += 1
if r0 == 1236 goto +1
r1 += 1
if r0 == 1237 goto +1
r1 += 1
if r0 == 1238 goto +1
r1 += 1
if r0 == 1239 goto +1
r1 += 1
if r0 == 1240 goto +1
r1 += 1
if r0 == 1241 goto +1
r1 += 1
if r0 == 1242 goto +1
r1 += 1
if r0 == 1243 goto +1
r1 += 1
if r0 == 1244 goto +1
r1 += 1
if r0 == 1245 goto +1
r1 += 1
if r0 == 1246 goto +1
r1 += 1
if r0 == 1247 goto +1
r1 += 1
if r0 == 1248 goto +1
r1 += 1
if r0 == 1249 goto +1
r1 += 1
if r0 == 1250 goto +1
r1 += 1
if r0 == 1251 goto +1
r1 += 1
if r0 == 1252 goto +1
r1 += 1
if r0 == 1253 goto +1
r1 += 1
if r0 == 1254 goto +1
r1 += 1
if r0 == 1255 goto +1
r1 += 1
if r0 == 1256 goto +1
r1 += 1
if r0 == 1257 goto +1
r1 += 1
if r0 == 1258 goto +1
r1 += 1
if r0 == 1259 goto +1
r1 += 1
if r0 == 1260 goto +1
r1 += 1
if r0 == 1261 goto +1
r1 += 1
if r0 == 1262 goto +1
r1 += 1
if r0 == 1263 goto +1
r1 += 1
if r0 == 1264 goto +1
r1 += 1
if r0 == 1265 goto +1
r1 += 1
if r0 == 1266 goto +1
r1 += 1
if r0 == 1267 goto +1
r1 += 1
if r0 == 1268 goto +1
r1 += 1
if r0 == 1269 goto +1
r1 += 1
if r0 == 1270 goto +1
r1 += 1
if r0 == 1271 goto +1
r1 += 1
if r0 == 1272 goto +1
r1 += 1
if r0 == 1273 goto +1
r1 += 1
if r0 == 1274 goto +1
r1 += 1
if r0 == 1275 goto +1
r1 += 1
if r0 == 1276 goto +1
r1 += 1
if r0 == 1277 goto +1
r1 += 1
if r0 == 1278 goto +1
r1 += 1
if r0 == 1279 goto +1
r1 += 1
if r0 == 1280 goto +1
r1 += 1
if r0 == 1281 goto +1
r1 += 1
if r0 == 1282 goto +1
r1 += 1
if r0 == 1283 goto +1
r1 += 1
if r0 == 1284 goto +1
r1 += 1
if r0 == 1285 goto +1
r1 += 1
if r0 == 1286 goto +1
r1 += 1
if r0 == 1287 goto +1
r1 += 1
if r0 == 1288 goto +1
r1 += 1
if r0 == 1289 goto +1
r1 += 1
if r0 == 1290 goto +1
r1 += 1
if r0 == 1291 goto +1
r1 += 1
if r0 == 1292 goto +1
r1 += 1
if r0 == 1293 goto +1
r1 += 1
if r0 == 1294 goto +1
r1 += 1
if r0 == 1295 goto +1
r1 += 1
if r0 == 1296 goto +1
r1 += 1
if r0 == 1297 goto +1
r1 += 1
if r0 == 1298 goto +1
r1 += 1
if r0 == 1299 goto +1
r1 += 1
if r0 == 1300 goto +1
r1 += 1
if r0 == 1301 goto +1
r1 += 1
if r0 == 1302 goto +1
r1 += 1
if r0 == 1303 goto +1
r1 += 1
if r0 == 1304 goto +1
r1 += 1
if r0 == 1305 goto +1
r1 += 1
if r0 == 1306 goto +1
r1 += 1
if r0 == 1307 goto +1
r1 += 1
if r0 == 1308 goto +1
r1 += 1
if r0 == 1309 goto +1
r1 += 1
if r0 == 1310 goto +1
r1 += 1
if r0 == 1311 goto +1
r1 += 1
if r0 == 1312 goto +1
r1 += 1
if r0 == 1313 goto +1
r1 += 1
if r0 == 1314 goto +1
r1 += 1
if r0 == 1315 goto +1
r1 += 1
if r0 == 1316 goto +1
r1 += 1
if r0 == 1317 goto +1
r1 += 1
if r0 == 1318 goto +1
r1 += 1
if r0 == 1319 goto +1
r1 += 1
if r0 == 1320 goto +1
r1 += 1
if r0 == 1321 goto +1
r1 += 1
if r0 == 1322 goto +1
r1 += 1
if r0 == 1323 goto +1
r1 += 1
if r0 == 1324 goto +1
r1 += 1
if r0 == 1325 goto +1
r1 += 1
if r0 == 1326 goto +1
r1 += 1
if r0 == 1327 goto +1
r1 += 1
if r0 == 1328 goto +1
r1 += 1
if r0 == 1329 goto +1
r1 += 1
if r0 == 1330 goto +1
r1 += 1
if r0 == 1331 goto +1
r1 += 1
if r0 == 1332 goto +1
r1 += 1
if r0 == 1333 goto +1
r1 += 1
if r0 == 1334 goto +1
r1 += 1
if r0 == 1335 goto +1
r1 += 1
if r0 == 1336 goto +1
r1 += 1
if r0 == 1337 goto +1
r1 += 1
if r0 == 1338 goto +1
r1 += 1
if r0 == 1339 goto +1
r1 += 1
if r0 == 1340 goto +1
r1 += 1
if r0 == 1341 goto +1
r1 += 1
if r0 == 1342 goto +1
r1 += 1
if r0 == 1343 goto +1
r1 += 1
if r0 == 1344 goto +1
r1 += 1
if r0 == 1345 goto +1
r1 += 1
if r0 == 1346 goto +1
r1 += 1
if r0 == 1347 goto +1
r1 += 1
if r0 == 1348 goto +1
r1 += 1
if r0 == 1349 goto +1
r1 += 1
if r0 == 1350 goto +1
r1 += 1
if r0 == 1351 goto +1
r1 += 1
if r0 == 1352 goto +1
r1 += 1
if r0 == 1353 goto +1
r1 += 1
if r0 == 1354 goto +1
r1 += 1
if r0 == 1355 goto +1
r1 += 1
if r0 == 1356 goto +1
r1 += 1
if r0 == 1357 goto +1
r1 += 1
if r0 == 1358 goto +1
r1 += 1
if r0 == 1359 goto +1
r1 += 1
if r0 == 1360 goto +1
r1 += 1
if r0 == 1361 goto +1
r1 += 1
if r0 == 1362 goto +1
r1 += 1
if r0 == 1363 goto +1
r1 += 1
if r0 == 1364 goto +1
r1 += 1
if r0 == 1365 goto +1
r1 += 1
if r0 == 1366 goto +1
r1 += 1
if r0 == 1367 goto +1
r1 += 1
if r0 == 1368 goto +1
r1 += 1
if r0 == 1369 goto +1
r1 += 1
if r0 == 1370 goto +1
r1 += 1
if r0 == 1371 goto +1
r1 += 1
if r0 == 1372 goto +1
r1 += 1
if r0 == 1373 goto +1
r1 += 1
if r0 == 1374 goto +1
r1 += 1
if r0 == 1375 goto +1
r1 += 1
if r0 == 1376 goto +1
r1 += 1
if r0 == 1377 goto +1
r1 += 1
if r0 == 1378 goto +1
r1 += 1
if r0 == 1379 goto +1
r1 += 1
if r0 == 1380 goto +1
r1 += 1
if r0 == 1381 goto +1
r1 += 1
if r0 == 1382 goto +1
r1 += 1
if r0 == 1383 goto +1
r1 += 1
if r0 == 1384 goto +1
r1 += 1
if r0 == 1385 goto +1
r1 += 1
if r0 == 1386 goto +1
r1 += 1
if r0 == 1387 goto +1
r1 += 1
if r0 == 1388 goto +1
r1 += 1
if r0 == 1389 goto +1
r1 += 1
if r0 == 1390 goto +1
r1 += 1
if r0 == 1391 goto +1
r1 += 1
if r0 == 1392 goto +1
r1 += 1
if r0 == 1393 goto +1
r1 += 1
if r0 == 1394 goto +1
r1 += 1
if r0 == 1395 goto +1
r1 += 1
if r0 == 1396 goto +1
r1 += 1
if r0 == 1397 goto +1
r1 += 1
if r0 == 1398 goto +1
r1 += 1
if r0 == 1399 goto +1
r1 += 1
if r0 == 1400 goto +1
r1 += 1
if r0 == 1401 goto +1
r1 += 1
if r0 == 1402 goto +1
r1 += 1
if r0 == 1403 goto +1
r1 += 1
if r0 == 1404 goto +1
r1 += 1
if r0 == 1405 goto +1
r1 += 1
if r0 == 1406 goto +1
r1 += 1
if r0 == 1407 goto +1
r1 += 1
if r0 == 1408 goto +1
r1 += 1
if r0 == 1409 goto +1
r1 += 1
if r0 == 1410 goto +1
r1 += 1
if r0 == 1411 goto +1
r1 += 1
if r0 == 1412 goto +1
r1 += 1
if r0 == 1413 goto +1
r1 += 1
if r0 == 1414 goto +1
r1 += 1
if r0 == 1415 goto +1
r1 += 1
if r0 == 1416 goto +1
r1 += 1
if r0 == 1417 goto +1
r1 += 1
if r0 == 1418 goto +1
r1 += 1
if r0 == 1419 goto +1
r1 += 1
if r0 == 1420 goto +1
r1 += 1
if r0 == 1421 goto +1
r1 += 1
if r0 == 1422 goto +1
r1 += 1
if r0 == 1423 goto +1
r1 += 1
if r0 == 1424 goto +1
r1 += 1
if r0 == 1425 goto +1
r1 += 1
if r0 == 1426 goto +1
r1 += 1
if r0 == 1427 goto +1
r1 += 1
if r0 == 1428 goto +1
r1 += 1
if r0 == 1429 goto +1
r1 += 1
if r0 == 1430 goto +1
r1 += 1
if r0 == 1431 goto +1
r1 += 1
if r0 == 1432 goto +1
r1 += 1
if r0 == 1433 goto +1
r1 += 1
if r0 == 1434 goto +1
r1 += 1
if r0 == 1435 goto +1
r1 += 1
if r0 == 1436 goto +1
r1 += 1
if r0 == 1437 goto +1
r1 += 1
if r0 == 1438 goto +1
r1 += 1
if r0 == 1439 goto +1
r1 += 1
if r0 == 1440 goto +1
r1 += 1
if r0 == 1441 goto +1
r1 += 1
if r0 == 1442 goto +1
r1 += 1
if r0 == 1443 goto +1
r1 += 1
if r0 == 1444 goto +1
r1 += 1
if r0 == 1445 goto +1
r1 += 1
if r0 == 1446 goto +1
r1 += 1
if r0 == 1447 goto +1
r1 += 1
if r0 == 1448 goto +1
r1 += 1
if r0 == 1449 goto +1
r1 += 1
if r0 == 1450 goto +1
r1 += 1
if r0 == 1451 goto +1
r1 += 1
if r0 == 1452 goto +1
r1 += 1
if r0 == 1453 goto +1
r1 += 1
if r0 == 1454 goto +1
r1 += 1
if r0 == 1455 goto +1
r1 += 1
if r0 == 1456 goto +1
r1 += 1
if r0 == 1457 goto +1
r1 += 1
if r0 == 1458 goto +1
r1 += 1
if r0 == 1459 goto +1
r1 += 1
if r0 == 1460 goto +1
r1 += 1
if r0 == 1461 goto +1
r1 += 1
if r0 == 1462 goto +1
r1 += 1
if r0 == 1463 goto +1
r1 += 1
if r0 == 1464 goto +1
r1 += 1
if r0 == 1465 goto +1
r1 += 1
if r0 == 1466 goto +1
r1 += 1
if r0 == 1467 goto +1
r1 += 1
if r0 == 1468 goto +1
r1 += 1
if r0 == 1469 goto +1
r1 += 1
if r0 == 1470 goto +1
r1 += 1
if r0 == 1471 goto +1
r1 += 1
if r0 == 1472 goto +1
r1 += 1
if r0 == 1473 goto +1
r1 += 1
if r0 == 1474 goto +1
r1 += 1
if r0 == 1475 goto +1
r1 += 1
if r0 == 1476 goto +1
r1 += 1
if r0 == 1477 goto +1
r1 += 1
if r0 == 1478 goto +1
r1 += 1
if r0 == 1479 goto +1
r1 += 1
if r0 == 1480 goto +1
r1 += 1
if r0 == 1481 goto +1
r1 += 1
if r0 == 1482 goto +1
r1 += 1
if r0 == 1483 goto +1
r1 += 1
if r0 == 1484 goto +1
r1 += 1
if r0 == 1485 goto +1
r1 += 1
if r0 == 1486 goto +1
r1 += 1
if r0 == 1487 goto +1
r1 += 1
if r0 == 1488 goto +1
r1 += 1
if r0 == 1489 goto +1
r1 += 1
if r0 == 1490 goto +1
r1 += 1
if r0 == 1491 goto +1
r1 += 1
if r0 == 1492 goto +1
r1 += 1
if r0 == 1493 goto +1
r1 += 1
if r0 == 1494 goto +1
r1 += 1
if r0 == 1495 goto +1
r1 += 1
if r0 == 1496 goto +1
r1 += 1
if r0 == 1497 goto +1
r1 += 1
if r0 == 1498 goto +1
r1 += 1
if r0 == 1499 goto +1
r1 += 1
if r0 == 1500 goto +1
r1 += 1
if r0 == 1501 goto +1
r1 += 1
if r0 == 1502 goto +1
r1 += 1
if r0 == 1503 goto +1
r1 += 1
if r0 == 1504 goto +1
r1 += 1
if r0 == 1505 goto +1
r1 += 1
if r0 == 1506 goto +1
r1 += 1
if r0 == 1507 goto +1
r1 += 1
if r0 == 1508 goto +1
r1 += 1
if r0 == 1509 goto +1
r1 += 1
if r0 == 1510 goto +1
r1 += 1
if r0 == 1511 goto +1
r1 += 1
if r0 == 1512 goto +1
r1 += 1
if r0 == 1513 goto +1
r1 += 1
if r0 == 1514 goto +1
r1 += 1
if r0 == 1515 goto +1
r1 += 1
if r0 == 1516 goto +1
r1 += 1
if r0 == 1517 goto +1
r1 += 1
if r0 == 1518 goto +1
r1 += 1
if r0 == 1519 goto +1
r1 += 1
if r0 == 1520 goto +1
r1 += 1
if r0 == 1521 goto +1
r1 += 1
if r0 == 1522 goto +1
r1 += 1
if r0 == 1523 goto +1
r1 += 1
if r0 == 1524 goto +1
r1 += 1
if r0 == 1525 goto +1
r1 += 1
if r0 == 1526 goto +1
r1 += 1
if r0 == 1527 goto +1
r1 += 1
if r0 == 1528 goto +1
r1 += 1
if r0 == 1529 goto +1
r1 += 1
if r0 == 1530 goto +1
r1 += 1
if r0 == 1531 goto +1
r1 += 1
if r0 == 1532 goto +1
r1 += 1
if r0 == 1533 goto +1
r1 += 1
if r0 == 1534 goto +1
r1 += 1
if r0 == 1535 goto +1
r1 += 1
if r0 == 1536 goto +1
r1 += 1
if r0 == 1537 goto +1
r1 += 1
if r0 == 1538 goto +1
r1 += 1
if r0 == 1539 goto +1
r1 += 1
if r0 == 1540 goto +1
r1 += 1
if r0 == 1541 goto +1
r1 += 1
if r0 == 1542 goto +1
r1 += 1
if r0 == 1543 goto +1
r1 += 1
if r0 == 1544 goto +1
r1 += 1
if r0 == 1545 goto +1
r1 += 1
if r0 == 1546 goto +1
r1 += 1
if r0 == 1547 goto +1
r1 += 1
if r0 == 1548 goto +1
r1 += 1
if r0 == 1549 goto +1
r1 += 1
if r0 == 1550 goto +1
r1 += 1
if r0 == 1551 goto +1
r1 += 1
if r0 == 1552 goto +1
r1 += 1
if r0 == 1553 goto +1
r1 += 1
if r0 == 1554 goto +1
r1 += 1
if r0 == 1555 goto +1
r1 += 1
if r0 == 1556 goto +1
r1 += 1
if r0 == 1557 goto +1
r1 += 1
if r0 == 1558 goto +1
r1 += 1
if r0 == 1559 goto +1
r1 += 1
if r0 == 1560 goto +1
r1 += 1
if r0 == 1561 goto +1
r1 += 1
if r0 == 1562 goto +1
r1 += 1
if r0 == 1563 goto +1
r1 += 1
if r0 == 1564 goto +1
r1 += 1
if r0 == 1565 goto +1
r1 += 1
if r0 == 1566 goto +1
r1 += 1
if r0 == 1567 goto +1
r1 += 1
if r0 == 1568 goto +1
r1 += 1
if r0 == 1569 goto +1
r1 += 1
if r0 == 1570 goto +1
r1 += 1
if r0 == 1571 goto +1
r1 += 1
if r0 == 1572 goto +1
r1 += 1
if r0 == 1573 goto +1
r1 += 1
if r0 == 1574 goto +1
r1 += 1
if r0 == 1575 goto +1
r1 += 1
if r0 == 1576 goto +1
r1 += 1
if r0 == 1577 goto +1
r1 += 1
if r0 == 1578 goto +1
r1 += 1
if r0 == 1579 goto +1
r1 += 1
if r0 == 1580 goto +1
r1 += 1
if r0 == 1581 goto +1
r1 += 1
if r0 == 1582 goto +1
r1 += 1
if r0 == 1583 goto +1
r1 += 1
if r0 == 1584 goto +1
r1 += 1
if r0 == 1585 goto +1
r1 += 1
if r0 == 1586 goto +1
r1 += 1
if r0 == 1587 goto +1
r1 += 1
if r0 == 1588 goto +1
r1 += 1
if r0 == 1589 goto +1
r1 += 1
if r0 == 1590 goto +1
r1 += 1
if r0 == 1591 goto +1
r1 += 1
if r0 == 1592 goto +1
r1 += 1
if r0 == 1593 goto +1
r1 += 1
if r0 == 1594 goto +1
r1 += 1
if r0 == 1595 goto +1
r1 += 1
if r0 == 1596 goto +1
r1 += 1
if r0 == 1597 goto +1
r1 += 1
if r0 == 1598 goto +1
r1 += 1
if r0 == 1599 goto +1
r1 += 1
if r0 == 1600 goto +1
r1 += 1
if r0 == 1601 goto +1
r1 += 1
if r0 == 1602 goto +1
r1 += 1
if r0 == 1603 goto +1
r1 += 1
if r0 == 1604 goto +1
r1 += 1
if r0 == 1605 goto +1
r1 += 1
if r0 == 1606 goto +1
r1 += 1
if r0 == 1607 goto +1
r1 += 1
if r0 == 1608 goto +1
r1 += 1
if r0 == 1609 goto +1
r1 += 1
if r0 == 1610 goto +1
r1 += 1
if r0 == 1611 goto +1
r1 += 1
if r0 == 1612 goto +1
r1 += 1
if r0 == 1613 goto +1
r1 += 1
if r0 == 1614 goto +1
r1 += 1
if r0 == 1615 goto +1
r1 += 1
if r0 == 1616 goto +1
r1 += 1
if r0 == 1617 goto +1
r1 += 1
if r0 == 1618 goto +1
r1 += 1
if r0 == 1619 goto +1
r1 += 1
if r0 == 1620 goto +1
r1 += 1
if r0 == 1621 goto +1
r1 += 1
if r0 == 1622 goto +1
r1 += 1
if r0 == 1623 goto +1
r1 += 1
if r0 == 1624 goto +1
r1 += 1
if r0 == 1625 goto +1
r1 += 1
if r0 == 1626 goto +1
r1 += 1
if r0 == 1627 goto +1
r1 += 1
if r0 == 1628 goto +1
r1 += 1
if r0 == 1629 goto +1
r1 += 1
if r0 == 1630 goto +1
r1 += 1
if r0 == 1631 goto +1
r1 += 1
if r0 == 1632 goto +1
r1 += 1
if r0 == 1633 goto +1
r1 += 1
if r0 == 1634 goto +1
r1 += 1
if r0 == 1635 goto +1
r1 += 1
if r0 == 1636 goto +1
r1 += 1
if r0 == 1637 goto +1
r1 += 1
if r0 == 1638 goto +1
r1 += 1
if r0 == 1639 goto +1
r1 += 1
if r0 == 1640 goto +1
r1 += 1
if r0 == 1641 goto +1
r1 += 1
if r0 == 1642 goto +1
r1 += 1
if r0 == 1643 goto +1
r1 += 1
if r0 == 1644 goto +1
r1 += 1
if r0 == 1645 goto +1
r1 += 1
if r0 == 1646 goto +1
r1 += 1
if r0 == 1647 goto +1
r1 += 1
if r0 == 1648 goto +1
r1 += 1
if r0 == 1649 goto +1
r1 += 1
if r0 == 1650 goto +1
r1 += 1
if r0 == 1651 goto +1
r1 += 1
if r0 == 1652 goto +1
r1 += 1
if r0 == 1653 goto +1
r1 += 1
if r0 == 1654 goto +1
r1 += 1
if r0 == 1655 goto +1
r1 += 1
if r0 == 1656 goto +1
r1 += 1
if r0 == 1657 goto +1
r1 += 1
if r0 == 1658 goto +1
r1 += 1
if r0 == 1659 goto +1
r1 += 1
if r0 == 1660 goto +1
r1 += 1
if r0 == 1661 goto +1
r1 += 1
if r0 == 1662 goto +1
r1 += 1
if r0 == 1663 goto +1
r1 += 1
if r0 == 1664 goto +1
r1 += 1
if r0 == 1665 goto +1
r1 += 1
if r0 == 1666 goto +1
r1 += 1
if r0 == 1667 goto +1
r1 += 1
if r0 == 1668 goto +1
r1 += 1
if r0 == 1669 goto +1
r1 += 1
if r0 == 1670 goto +1
r1 += 1
if r0 == 1671 goto +1
r1 += 1
if r0 == 1672 goto +1
r1 += 1
if r0 == 1673 goto +1
r1 += 1
if r0 == 1674 goto +1
r1 += 1
if r0 == 1675 goto +1
r1 += 1
if r0 == 1676 goto +1
r1 += 1
if r0 == 1677 goto +1
r1 += 1
if r0 == 1678 goto +1
r1 += 1
if r0 == 1679 goto +1
r1 += 1
if r0 == 1680 goto +1
r1 += 1
if r0 == 1681 goto +1
r1 += 1
if r0 == 1682 goto +1
r1 += 1
if r0 == 1683 goto +1
r1 += 1
if r0 == 1684 goto +1
r1 += 1
if r0 == 1685 goto +1
r1 += 1
if r0 == 1686 goto +1
r1 += 1
if r0 == 1687 goto +1
r1 += 1
if r0 == 1688 goto +1
r1 += 1
if r0 == 1689 goto +1
r1 += 1
if r0 == 1690 goto +1
r1 += 1
if r0 == 1691 goto +1
r1 += 1
if r0 == 1692 goto +1
r1 += 1
if r0 == 1693 goto +1
r1 += 1
if r0 == 1694 goto +1
r1 += 1
if r0 == 1695 goto +1
r1 += 1
if r0 == 1696 goto +1
r1 += 1
if r0 == 1697 goto +1
r1 += 1
if r0 == 1698 goto +1
r1 += 1
if r0 == 1699 goto +1
r1 += 1
if r0 == 1700 goto +1
r1 += 1
if r0 == 1701 goto +1
r1 += 1
if r0 == 1702 goto +1
r1 += 1
if r0 == 1703 goto +1
r1 += 1
if r0 == 1704 goto +1
r1 += 1
if r0 == 1705 goto +1
r1 += 1
if r0 == 1706 goto +1
r1 += 1
if r0 == 1707 goto +1
r1 += 1
if r0 == 1708 goto +1
r1 += 1
if r0 == 1709 goto +1
r1 += 1
if r0 == 1710 goto +1
r1 += 1
if r0 == 1711 goto +1
r1 += 1
if r0 == 1712 goto +1
r1 += 1
if r0 == 1713 goto +1
r1 += 1
if r0 == 1714 goto +1
r1 += 1
if r0 == 1715 goto +1
r1 += 1
if r0 == 1716 goto +1
r1 += 1
if r0 == 1717 goto +1
r1 += 1
if r0 == 1718 goto +1
r1 += 1
if r0 == 1719 goto +1
r1 += 1
if r0 == 1720 goto +1
r1 += 1
if r0 == 1721 goto +1
r1 += 1
if r0 == 1722 goto +1
r1 += 1
if r0 == 1723 goto +1
r1 += 1
if r0 == 1724 goto +1
r1 += 1
if r0 == 1725 goto +1
r1 += 1
if r0 == 1726 goto +1
r1 += 1
if r0 == 1727 goto +1
r1 += 1
if r0 == 1728 goto +1
r1 += 1
if r0 == 1729 goto +1
r1 += 1
if r0 == 1730 goto +1
r1 += 1
if r0 == 1731 goto +1
r1 += 1
if r0 == 1732 goto +1
r1 += 1
if r0 == 1733 goto +1
r1 += 1
if r0 == 1734 goto +1
r1 += 1
if r0 == 1735 goto +1
r1 += 1
if r0 == 1736 goto +1
r1 += 1
if r0 == 1737 goto +1
r1 += 1
if r0 == 1738 goto +1
r1 += 1
if r0 == 1739 goto +1
r1 += 1
if r0 == 1740 goto +1
r1 += 1
if r0 == 1741 goto +1
r1 += 1
if r0 == 1742 goto +1
r1 += 1
if r0 == 1743 goto +1
r1 += 1
if r0 == 1744 goto +1
r1 += 1
if r0 == 1745 goto +1
r1 += 1
if r0 == 1746 goto +1
r1 += 1
if r0 == 1747 goto +1
r1 += 1
if r0 == 1748 goto +1
r1 += 1
if r0 == 1749 goto +1
r1 += 1
if r0 == 1750 goto +1
r1 += 1
if r0 == 1751 goto +1
r1 += 1
if r0 == 1752 goto +1
r1 += 1
if r0 == 1753 goto +1
r1 += 1
if r0 == 1754 goto +1
r1 += 1
if r0 == 1755 goto +1
r1 += 1
if r0 == 1756 goto +1
r1 += 1
if r0 == 1757 goto +1
r1 += 1
if r0 == 1758 goto +1
r1 += 1
if r0 == 1759 goto +1
r1 += 1
if r0 == 1760 goto +1
r1 += 1
if r0 == 1761 goto +1
r1 += 1
if r0 == 1762 goto +1
r1 += 1
if r0 == 1763 goto +1
r1 += 1
if r0 == 1764 goto +1
r1 += 1
if r0 == 1765 goto +1
r1 += 1
if r0 == 1766 goto +1
r1 += 1
if r0 == 1767 goto +1
r1 += 1
if r0 == 1768 goto +1
r1 += 1
if r0 == 1769 goto +1
r1 += 1
if r0 == 1770 goto +1
r1 += 1
if r0 == 1771 goto +1
r1 += 1
if r0 == 1772 goto +1
r1 += 1
if r0 == 1773 goto +1
r1 += 1
if r0 == 1774 goto +1
r1 += 1
if r0 == 1775 goto +1
r1 += 1
if r0 == 1776 goto +1
r1 += 1
if r0 == 1777 goto +1
r1 += 1
if r0 == 1778 goto +1
r1 += 1
if r0 == 1779 goto +1
r1 += 1
if r0 == 1780 goto +1
r1 += 1
if r0 == 1781 goto +1
r1 += 1
if r0 == 1782 goto +1
r1 += 1
if r0 == 1783 goto +1
r1 += 1
if r0 == 1784 goto +1
r1 += 1
if r0 == 1785 goto +1
r1 += 1
if r0 == 1786 goto +1
r1 += 1
if r0 == 1787 goto +1
r1 += 1
if r0 == 1788 goto +1
r1 += 1
if r0 == 1789 goto +1
r1 += 1
if r0 == 1790 goto +1
r1 += 1
if r0 == 1791 goto +1
r1 += 1
if r0 == 1792 goto +1
r1 += 1
if r0 == 1793 goto +1
r1 += 1
if r0 == 1794 goto +1
r1 += 1
if r0 == 1795 goto +1
r1 += 1
if r0 == 1796 goto +1
r1 += 1
if r0 == 1797 goto +1
r1 += 1
if r0 == 1798 goto +1
r1 += 1
if r0 == 1799 goto +1
r1 += 1
if r0 == 1800 goto +1
r1 += 1
if r0 == 1801 goto +1
r1 += 1
if r0 == 1802 goto +1
r1 += 1
if r0 == 1803 goto +1
r1 += 1
if r0 == 1804 goto +1
r1 += 1
if r0 == 1805 goto +1
r1 += 1
if r0 == 1806 goto +1
r1 += 1
if r0 == 1807 goto +1
r1 += 1
if r0 == 1808 goto +1
r1 += 1
if r0 == 1809 goto +1
r1 += 1
if r0 == 1810 goto +1
r1 += 1
if r0 == 1811 goto +1
r1 += 1
if r0 == 1812 goto +1
r1 += 1
if r0 == 1813 goto +1
r1 += 1
if r0 == 1814 goto +1
r1 += 1
if r0 == 1815 goto +1
r1 += 1
if r0 == 1816 goto +1
r1 += 1
if r0 == 1817 goto +1
r1 += 1
if r0 == 1818 goto +1
r1 += 1
if r0 == 1819 goto +1
r1 += 1
if r0 == 1820 goto +1
r1 += 1
if r0 == 1821 goto +1
r1 += 1
if r0 == 1822 goto +1
r1 += 1
if r0 == 1823 goto +1
r1 += 1
if r0 == 1824 goto +1
r1 += 1
if r0 == 1825 goto +1
r1 += 1
if r0 == 1826 goto +1
r1 += 1
if r0 == 1827 goto +1
r1 += 1
if r0 == 1828 goto +1
r1 += 1
if r0 == 1829 goto +1
r1 += 1
if r0 == 1830 goto +1
r1 += 1
if r0 == 1831 goto +1
r1 += 1
if r0 == 1832 goto +1
r1 += 1
if r0 == 1833 goto +1
r1 += 1
if r0 == 1834 goto +1
r1 += 1
if r0 == 1835 goto +1
r1 += 1
if r0 == 1836 goto +1
r1 += 1
if r0 == 1837 goto +1
r1 += 1
if r0 == 1838 goto +1
r1 += 1
if r0 == 1839 goto +1
r1 += 1
if r0 == 1840 goto +1
r1 += 1
if r0 == 1841 goto +1
r1 += 1
if r0 == 1842 goto +1
r1 += 1
if r0 == 1843 goto +1
r1 += 1
if r0 == 1844 goto +1
r1 += 1
if r0 == 1845 goto +1
r1 += 1
if r0 == 1846 goto +1
r1 += 1
if r0 == 1847 goto +1
r1 += 1
if r0 == 1848 goto +1
r1 += 1
if r0 == 1849 goto +1
r1 += 1
if r0 == 1850 goto +1
r1 += 1
if r0 == 1851 goto +1
r1 += 1
if r0 == 1852 goto +1
r1 += 1
if r0 == 1853 goto +1
r1 += 1
if r0 == 1854 goto +1
r1 += 1
if r0 == 1855 goto +1
r1 += 1
if r0 == 1856 goto +1
r1 += 1
if r0 == 1857 goto +1
r1 += 1
if r0 == 1858 goto +1
r1 += 1
if r0 == 1859 goto +1
r1 += 1
if r0 == 1860 goto +1
r1 += 1
if r0 == 1861 goto +1
r1 += 1
if r0 == 1862 goto +1
r1 += 1
if r0 == 1863 goto +1
r1 += 1
if r0 == 1864 goto +1
r1 += 1
if r0 == 1865 goto +1
r1 += 1
if r0 == 1866 goto +1
r1 += 1
if r0 == 1867 goto +1
r1 += 1
if r0 == 1868 goto +1
r1 += 1
if r0 == 1869 goto +1
r1 += 1
if r0 == 1870 goto +1
r1 += 1
if r0 == 1871 goto +1
r1 += 1
if r0 == 1872 goto +1
r1 += 1
if r0 == 1873 goto +1
r1 += 1
if r0 == 1874 goto +1
r1 += 1
if r0 == 1875 goto +1
r1 += 1
if r0 == 1876 goto +1
r1 += 1
if r0 == 1877 goto +1
r1 += 1
if r0 == 1878 goto +1
r1 += 1
if r0 == 1879 goto +1
r1 += 1
if r0 == 1880 goto +1
r1 += 1
if r0 == 1881 goto +1
r1 += 1
if r0 == 1882 goto +1
r1 += 1
if r0 == 1883 goto +1
r1 += 1
if r0 == 1884 goto +1
r1 += 1
if r0 == 1885 goto +1
r1 += 1
if r0 == 1886 goto +1
r1 += 1
if r0 == 1887 goto +1
r1 += 1
if r0 == 1888 goto +1
r1 += 1
if r0 == 1889 goto +1
r1 += 1
if r0 == 1890 goto +1
r1 += 1
if r0 == 1891 goto +1
r1 += 1
if r0 == 1892 goto +1
r1 += 1
if r0 == 1893 goto +1
r1 += 1
if r0 == 1894 goto +1
r1 += 1
if r0 == 1895 goto +1
r1 += 1
if r0 == 1896 goto +1
r1 += 1
if r0 == 1897 goto +1
r1 += 1
if r0 == 1898 goto +1
r1 += 1
if r0 == 1899 goto +1
r1 += 1
if r0 == 1900 goto +1
r1 += 1
if r0 == 1901 goto +1
r1 += 1
if r0 == 1902 goto +1
r1 += 1
if r0 == 1903 goto +1
r1 += 1
if r0 == 1904 goto +1
r1 += 1
if r0 == 1905 goto +1
r1 += 1
if r0 == 1906 goto +1
r1 += 1
if r0 == 1907 goto +1
r1 += 1
if r0 == 1908 goto +1
r1 += 1
if r0 == 1909 goto +1
r1 += 1
if r0 == 1910 goto +1
r1 += 1
if r0 == 1911 goto +1
r1 += 1
if r0 == 1912 goto +1
r1 += 1
if r0 == 1913 goto +1
r1 += 1
if r0 == 1914 goto +1
r1 += 1
if r0 == 1915 goto +1
r1 += 1
if r0 == 1916 goto +1
r1 += 1
if r0 == 1917 goto +1
r1 += 1
if r0 == 1918 goto +1
r1 += 1
if r0 == 1919 goto +1
r1 += 1
if r0 == 1920 goto +1
r1 += 1
if r0 == 1921 goto +1
r1 += 1
if r0 == 1922 goto +1
r1 += 1
if r0 == 1923 goto +1
r1 += 1
if r0 == 1924 goto +1
r1 += 1
if r0 == 1925 goto +1
r1 += 1
if r0 == 1926 goto +1
r1 += 1
if r0 == 1927 goto +1
r1 += 1
if r0 == 1928 goto +1
r1 += 1
if r0 == 1929 goto +1
r1 += 1
if r0 == 1930 goto +1
r1 += 1
if r0 == 1931 goto +1
r1 += 1
if r0 == 1932 goto +1
r1 += 1
if r0 == 1933 goto +1
r1 += 1
if r0 == 1934 goto +1
r1 += 1
if r0 == 1935 goto +1
r1 += 1
if r0 == 1936 goto +1
r1 += 1
if r0 == 1937 goto +1
r1 += 1
if r0 == 1938 goto +1
r1 += 1
if r0 == 1939 goto +1
r1 += 1
if r0 == 1940 goto +1
r1 += 1
if r0 == 1941 goto +1
r1 += 1
if r0 == 1942 goto +1
r1 += 1
if r0 == 1943 goto +1
r1 += 1
if r0 == 1944 goto +1
r1 += 1
if r0 == 1945 goto +1
r1 += 1
if r0 == 1946 goto +1
r1 += 1
if r0 == 1947 goto +1
r1 += 1
if r0 == 1948 goto +1
r1 += 1
if r0 == 1949 goto +1
r1 += 1
if r0 == 1950 goto +1
r1 += 1
if r0 == 1951 goto +1
r1 += 1
if r0 == 1952 goto +1
r1 += 1
if r0 == 1953 goto +1
r1 += 1
if r0 == 1954 goto +1
r1 += 1
if r0 == 1955 goto +1
r1 += 1
if r0 == 1956 goto +1
r1 += 1
if r0 == 1957 goto +1
r1 += 1
if r0 == 1958 goto +1
r1 += 1
if r0 == 1959 goto +1
r1 += 1
if r0 == 1960 goto +1
r1 += 1
if r0 == 1961 goto +1
r1 += 1
if r0 == 1962 goto +1
r1 += 1
if r0 == 1963 goto +1
r1 += 1
if r0 == 1964 goto +1
r1 += 1
if r0 == 1965 goto +1
r1 += 1
if r0 == 1966 goto +1
r1 += 1
if r0 == 1967 goto +1
r1 += 1
if r0 == 1968 goto +1
r1 += 1
if r0 == 1969 goto +1
r1 += 1
if r0 == 1970 goto +1
r1 += 1
if r0 == 1971 goto +1
r1 += 1
if r0 == 1972 goto +1
r1 += 1
if r0 == 1973 goto +1
r1 += 1
if r0 == 1974 goto +1
r1 += 1
if r0 == 1975 goto +1
r1 += 1
if r0 == 1976 goto +1
r1 += 1
if r0 == 1977 goto +1
r1 += 1
if r0 == 1978 goto +1
r1 += 1
if r0 == 1979 goto +1
r1 += 1
if r0 == 1980 goto +1
r1 += 1
if r0 == 1981 goto +1
r1 += 1
if r0 == 1982 goto +1
r1 += 1
if r0 == 1983 goto +1
r1 += 1
if r0 == 1984 goto +1
r1 += 1
if r0 == 1985 goto +1
r1 += 1
if r0 == 1986 goto +1
r1 += 1
if r0 == 1987 goto +1
r1 += 1
if r0 == 1988 goto +1
r1 += 1
if r0 == 1989 goto +1
r1 += 1
if r0 == 1990 goto +1
r1 += 1
if r0 == 1991 goto +1
r1 += 1
if r0 == 1992 goto +1
r1 += 1
if r0 == 1993 goto +1
r1 += 1
if r0 == 1994 goto +1
r1 += 1
if r0 == 1995 goto +1
r1 += 1
if r0 == 1996 goto +1
r1 += 1
if r0 == 1997 goto +1
r1 += 1
if r0 == 1998 goto +1
r1 += 1
if r0 == 1999 goto +1
r1 += 1
if r0 == 2000 goto +1
r1 += 1
if r0 == 2001 goto +1
r1 += 1
if r0 == 2002 goto +1
r1 += 1
if r0 == 2003 goto +1
r1 += 1
if r0 == 2004 goto +1
r1 += 1
if r0 == 2005 goto +1
r1 += 1
if r0 == 2006 goto +1
r1 += 1
if r0 == 2007 goto +1
r1 += 1
if r0 == 2008 goto +1
r1 += 1
if r0 == 2009 goto +1
r1 += 1
if r0 == 2010 goto +1
r1 += 1
if r0 == 2011 goto +1
r1 += 1
if r0 == 2012 goto +1
r1 += 1
if r0 == 2013 goto +1
r1 += 1
if r0 == 2014 goto +1
r1 += 1
if r0 == 2015 goto +1
r1 += 1
if r0 == 2016 goto +1
r1 += 1
if r0 == 2017 goto +1
r1 += 1
if r0 == 2018 goto +1
r1 += 1
if r0 == 2019 goto +1
r1 += 1
if r0 == 2020 goto +1
r1 += 1
if r0 == 2021 goto +1
r1 += 1
if r0 == 2022 goto +1
r1 += 1
if r0 == 2023 goto +1
r1 += 1
if r0 == 2024 goto +1
r1 += 1
if r0 == 2025 goto +1
r1 += 1
if r0 == 2026 goto +1
r1 += 1
if r0 == 2027 goto +1
r1 += 1
if r0 == 2028 goto +1
r1 += 1
if r0 == 2029 goto +1
r1 += 1
if r0 == 2030 goto +1
r1 += 1
if r0 == 2031 goto +1
r1 += 1
if r0 == 2032 goto +1
r1 += 1
if r0 == 2033 goto +1
r1 += 1
if r0 == 2034 goto +1
r1 += 1
if r0 == 2035 goto +1
r1 += 1
if r0 == 2036 goto +1
r1 += 1
if r0 == 2037 goto +1
r1 += 1
if r0 == 2038 goto +1
r1 += 1
if r0 == 2039 goto +1
r1 += 1
if r0 == 2040 goto +1
r1 += 1
if r0 == 2041 goto +1
r1 += 1
if r0 == 2042 goto +1
r1 += 1
if r0 == 2043 goto +1
r1 += 1
if r0 == 2044 goto +1
r1 += 1
if r0 == 2045 goto +1
r1 += 1
if r0 == 2046 goto +1
r1 += 1
if r0 == 2047 goto +1
r1 += 1
if r0 == 2048 goto +1
r1 += 1
if r0 == 2049 goto +1
r1 += 1
if r0 == 2050 goto +1
r1 += 1
if r0 == 2051 goto +1
r1 += 1
if r0 == 2052 goto +1
r1 += 1
if r0 == 2053 goto +1
r1 += 1
if r0 == 2054 goto +1
r1 += 1
if r0 == 2055 goto +1
r1 += 1
if r0 == 2056 goto +1
r1 += 1
if r0 == 2057 goto +1
r1 += 1
if r0 == 2058 goto +1
r1 += 1
if r0 == 2059 goto +1
r1 += 1
if r0 == 2060 goto +1
r1 += 1
if r0 == 2061 goto +1
r1 += 1
if r0 == 2062 goto +1
r1 += 1
if r0 == 2063 goto +1
r1 += 1
if r0 == 2064 goto +1
r1 += 1
if r0 == 2065 goto +1
r1 += 1
if r0 == 2066 goto +1
r1 += 1
if r0 == 2067 goto +1
r1 += 1
if r0 == 2068 goto +1
r1 += 1
if r0 == 2069 goto +1
r1 += 1
if r0 == 2070 goto +1
r1 += 1
if r0 == 2071 goto +1
r1 += 1
if r0 == 2072 goto +1
r1 += 1
if r0 == 2073 goto +1
r1 += 1
if r0 == 2074 goto +1
r1 += 1
if r0 == 2075 goto +1
r1 += 1
if r0 == 2076 goto +1
r1 += 1
if r0 == 2077 goto +1
r1 += 1
if r0 == 2078 goto +1
r1 += 1
if r0 == 2079 goto +1
r1 += 1
if r0 == 2080 goto +1
r1 += 1
if r0 == 2081 goto +1
r1 += 1
if r0 == 2082 goto +1
r1 += 1
if r0 == 2083 goto +1
r1 += 1
if r0 == 2084 goto +1
r1 += 1
if r0 == 2085 goto +1
r1 += 1
if r0 == 2086 goto +1
r1 += 1
if r0 == 2087 goto +1
r1 += 1
if r0 == 2088 goto +1
r1 += 1
if r0 == 2089 goto +1
r1 += 1
if r0 == 2090 goto +1
r1 += 1
if r0 == 2091 goto +1
r1 += 1
if r0 == 2092 goto +1
r1 += 1
if r0 == 2093 goto +1
r1 += 1
if r0 == 2094 goto +1
r1 += 1
if r0 == 2095 goto +1
r1 += 1
if r0 == 2096 goto +1
r1 += 1
if r0 == 2097 goto +1
r1 += 1
if r0 == 2098 goto +1
r1 += 1
if r0 == 2099 goto +1
r1 += 1
if r0 == 2100 goto +1
r1 += 1
if r0 == 2101 goto +1
r1 += 1
if r0 == 2102 goto +1
r1 += 1
if r0 == 2103 goto +1
r1 += 1
if r0 == 2104 goto +1
r1 += 1
if r0 == 2105 goto +1
r1 += 1
if r0 == 2106 goto +1
r1 += 1
if r0 == 2107 goto +1
r1 += 1
if r0 == 2108 goto +1
r1 += 1
if r0 == 2109 goto +1
r1 += 1
if r0 == 2110 goto +1
r1 += 1
if r0 == 2111 goto +1
r1 += 1
if r0 == 2112 goto +1
r1 += 1
if r0 == 2113 goto +1
r1 += 1
if r0 == 2114 goto +1
r1 += 1
if r0 == 2115 goto +1
r1 += 1
if r0 == 2116 goto +1
r1 += 1
if r0 == 2117 goto +1
r1 += 1
if r0 == 2118 goto +1
r1 += 1
if r0 == 2119 goto +1
r1 += 1
if r0 == 2120 goto +1
r1 += 1
if r0 == 2121 goto +1
r1 += 1
if r0 == 2122 goto +1
r1 += 1
if r0 == 2123 goto +1
r1 += 1
if r0 == 2124 goto +1
r1 += 1
if r0 == 2125 goto +1
r1 += 1
if r0 == 2126 goto +1
r1 += 1
if r0 == 2127 goto +1
r1 += 1
if r0 == 2128 goto +1
r1 += 1
if r0 == 2129 goto +1
r1 += 1
if r0 == 2130 goto +1
r1 += 1
if r0 == 2131 goto +1
r1 += 1
if r0 == 2132 goto +1
r1 += 1
if r0 == 2133 goto +1
r1 += 1
if r0 == 2134 goto +1
r1 += 1
if r0 == 2135 goto +1
r1 += 1
if r0 == 2136 goto +1
r1 += 1
if r0 == 2137 goto +1
r1 += 1
if r0 == 2138 goto +1
r1 += 1
if r0 == 2139 goto +1
r1 += 1
if r0 == 2140 goto +1
r1 += 1
if r0 == 2141 goto +1
r1 += 1
if r0 == 2142 goto +1
r1 += 1
if r0 == 2143 goto +1
r1 += 1
if r0 == 2144 goto +1
r1 += 1
if r0 == 2145 goto +1
r1 += 1
if r0 == 2146 goto +1
r1 += 1
if r0 == 2147 goto +1
r1 += 1
if r0 == 2148 goto +1
r1 += 1
if r0 == 2149 goto +1
r1 += 1
if r0 == 2150 goto +1
r1 += 1
if r0 == 2151 goto +1
r1 += 1
if r0 == 2152 goto +1
r1 += 1
if r0 == 2153 goto +1
r1 += 1
if r0 == 2154 goto +1
r1 += 1
if r0 == 2155 goto +1
r1 += 1
if r0 == 2156 goto +1
r1 += 1
if r0 == 2157 goto +1
r1 += 1
if r0 == 2158 goto +1
r1 += 1
if r0 == 2159 goto +1
r1 += 1
if r0 == 2160 goto +1
r1 += 1
if r0 == 2161 goto +1
r1 += 1
if r0 == 2162 goto +1
r1 += 1
if r0 == 2163 goto +1
r1 += 1
if r0 == 2164 goto +1
r1 += 1
if r0 == 2165 goto +1
r1 += 1
if r0 == 2166 goto +1
r1 += 1
if r0 == 2167 goto +1
r1 += 1
if r0 == 2168 goto +1
r1 += 1
if r0 == 2169 goto +1
r1 += 1
if r0 == 2170 goto +1
r1 += 1
if r0 == 2171 goto +1
r1 += 1
if r0 == 2172 goto +1
r1 += 1
if r0 == 2173 goto +1
r1 += 1
if r0 == 2174 goto +1
r1 += 1
if r0 == 2175 goto +1
r1 += 1
if r0 == 2176 goto +1
r1 += 1
if r0 == 2177 goto +1
r1 += 1
if r0 == 2178 goto +1
r1 += 1
if r0 == 2179 goto +1
r1 += 1
if r0 == 2180 goto +1
r1 += 1
if r0 == 2181 goto +1
r1 += 1
if r0 == 2182 goto +1
r1 += 1
if r0 == 2183 goto +1
r1 += 1
if r0 == 2184 goto +1
r1 += 1
if r0 == 2185 goto +1
r1 += 1
if r0 == 2186 goto +1
r1 += 1
if r0 == 2187 goto +1
r1 += 1
if r0 == 2188 goto +1
r1 += 1
if r0 == 2189 goto +1
r1 += 1
if r0 == 2190 goto +1
r1 += 1
if r0 == 2191 goto +1
r1 += 1
if r0 == 2192 goto +1
r1 += 1
if r0 == 2193 goto +1
r1 += 1
if r0 == 2194 goto +1
r1 += 1
if r0 == 2195 goto +1
r1 += 1
if r0 == 2196 goto +1
r1 += 1
if r0 == 2197 goto +1
r1 += 1
if r0 == 2198 goto +1
r1 += 1
if r0 == 2199 goto +1
r1 += 1
if r0 == 2200 goto +1
r1 += 1
if r0 == 2201 goto +1
r1 += 1
if r0 == 2202 goto +1
r1 += 1
if r0 == 2203 goto +1
r1 += 1
if r0 == 2204 goto +1
r1 += 1
if r0 == 2205 goto +1
r1 += 1
if r0 == 2206 goto +1
r1 += 1
if r0 == 2207 goto +1
r1 += 1
if r0 == 2208 goto +1
r1 += 1
if r0 == 2209 goto +1
r1 += 1
if r0 == 2210 goto +1
r1 += 1
if r0 == 2211 goto +1
r1 += 1
if r0 == 2212 goto +1
r1 += 1
if r0 == 2213 goto +1
r1 += 1
if r0 == 2214 goto +1
r1 += 1
if r0 == 2215 goto +1
r1 += 1
if r0 == 2216 goto +1
r1 += 1
if r0 == 2217 goto +1
r1 += 1
if r0 == 2218 goto +1
r1 += 1
if r0 == 2219 goto +1
r1 += 1
if r0 == 2220 goto +1
r1 += 1
if r0 == 2221 goto +1
r1 += 1
if r0 == 2222 goto +1
r1 += 1
if r0 == 2223 goto +1
r1 += 1
if r0 == 2224 goto +1
r1 += 1
if r0 == 2225 goto +1
r1 += 1
if r0 == 2226 goto +1
r1 += 1
if r0 == 2227 goto +1
r1 += 1
if r0 == 2228 goto +1
r1 += 1
if r0 == 2229 goto +1
r1 += 1
if r0 == 2230 goto +1
r1 += 1
if r0 == 2231 goto +1
r1 += 1
if r0 == 2232 goto +1
r1 += 1
if r0 == 2233 goto +1
r1 += 1
if r0 == 2234 goto +1
r1 += 1
if r0 == 2235 goto +1
r1 += 1
if r0 == 2236 goto +1
r1 += 1
if r0 == 2237 goto +1
r1 += 1
if r0 == 2238 goto +1
r1 += 1
if r0 == 2239 goto +1
r1 += 1
if r0 == 2240 goto +1
r1 += 1
if r0 == 2241 goto +1
r1 += 1
if r0 == 2242 goto +1
r1 += 1
if r0 == 2243 goto +1
r1 += 1
if r0 == 2244 goto +1
r1 += 1
if r0 == 2245 goto +1
r1 += 1
if r0 == 2246 goto +1
r1 += 1
if r0 == 2247 goto +1
r1 += 1
if r0 == 2248 goto +1
r1 += 1
if r0 == 2249 goto +1
r1 += 1
if r0 == 2250 goto +1
r1 += 1
if r0 == 2251 goto +1
r1 += 1
if r0 == 2252 goto +1
r1 += 1
if r0 == 2253 goto +1
r1 += 1
if r0 == 2254 goto +1
r1 += 1
if r0 == 2255 goto +1
r1 += 1
if r0 == 2256 goto +1
r1 += 1
if r0 == 2257 goto +1
r1 += 1
if r0 == 2258 goto +1
r1 += 1
if r0 == 2259 goto +1
r1 += 1
if r0 == 2260 goto +1
r1 += 1
if r0 == 2261 goto +1
r1 += 1
if r0 == 2262 goto +1
r1 += 1
if r0 == 2263 goto +1
r1 += 1
if r0 == 2264 goto +1
r1 += 1
if r0 == 2265 goto +1
r1 += 1
if r0 == 2266 goto +1
r1 += 1
if r0 == 2267 goto +1
r1 += 1
if r0 == 2268 goto +1
r1 += 1
if r0 == 2269 goto +1
r1 += 1
if r0 == 2270 goto +1
r1 += 1
if r0 == 2271 goto +1
r1 += 1
if r0 == 2272 goto +1
r1 += 1
if r0 == 2273 goto +1
r1 += 1
if r0 == 2274 goto +1
r1 += 1
if r0 == 2275 goto +1
r1 += 1
if r0 == 2276 goto +1
r1 += 1
if r0 == 2277 goto +1
r1 += 1
if r0 == 2278 goto +1
r1 += 1
if r0 == 2279 goto +1
r1 += 1
if r0 == 2280 goto +1
r1 += 1
if r0 == 2281 goto +1
r1 += 1
if r0 == 2282 goto +1
r1 += 1
if r0 == 2283 goto +1
r1 += 1
if r0 == 2284 goto +1
r1 += 1
if r0 == 2285 goto +1
r1 += 1
if r0 == 2286 goto +1
r1 += 1
if r0 == 2287 goto +1
r1 += 1
if r0 == 2288 goto +1
r1 += 1
if r0 == 2289 goto +1
r1 += 1
if r0 == 2290 goto +1
r1 += 1
if r0 == 2291 goto +1
r1 += 1
if r0 == 2292 goto +1
r1 += 1
if r0 == 2293 goto +1
r1 += 1
if r0 == 2294 goto +1
r1 += 1
if r0 == 2295 goto +1
r1 += 1
if r0 == 2296 goto +1
r1 += 1
if r0 == 2297 goto +1
r1 += 1
if r0 == 2298 goto +1
r1 += 1
if r0 == 2299 goto +1
r1 += 1
if r0 == 2300 goto +1
r1 += 1
if r0 == 2301 goto +1
r1 += 1
if r0 == 2302 goto +1
r1 += 1
if r0 == 2303 goto +1
r1 += 1
if r0 == 2304 goto +1
r1 += 1
if r0 == 2305 goto +1
r1 += 1
if r0 == 2306 goto +1
r1 += 1
if r0 == 2307 goto +1
r1 += 1
if r0 == 2308 goto +1
r1 += 1
if r0 == 2309 goto +1
r1 += 1
if r0 == 2310 goto +1
r1 += 1
if r0 == 2311 goto +1
r1 += 1
if r0 == 2312 goto +1
r1 += 1
if r0 == 2313 goto +1
r1 += 1
if r0 == 2314 goto +1
r1 += 1
if r0 == 2315 goto +1
r1 += 1
if r0 == 2316 goto +1
r1 += 1
if r0 == 2317 goto +1
r1 += 1
if r0 == 2318 goto +1
r1 += 1
if r0 == 2319 goto +1
r1 += 1
if r0 == 2320 goto +1
r1 += 1
if r0 == 2321 goto +1
r1 += 1
if r0 == 2322 goto +1
r1 += 1
if r0 == 2323 goto +1
r1 += 1
if r0 == 2324 goto +1
r1 += 1
if r0 == 2325 goto +1
r1 += 1
if r0 == 2326 goto +1
r1 += 1
if r0 == 2327 goto +1
r1 += 1
if r0 == 2328 goto +1
r1 += 1
if r0 == 2329 goto +1
r1 += 1
if r0 == 2330 goto +1
r1 += 1
if r0 == 2331 goto +1
r1 += 1
if r0 == 2332 goto +1
r1 += 1
if r0 == 2333 goto +1
r1 += 1
if r0 == 2334 goto +1
r1 += 1
if r0 == 2335 goto +1
r1 += 1
if r0 == 2336 goto +1
r1 += 1
if r0 == 2337 goto +1
r1 += 1
if r0 == 2338 goto +1
r1 += 1
if r0 == 2339 goto +1
r1 += 1
if r0 == 2340 goto +1
r1 += 1
if r0 == 2341 goto +1
r1 += 1
if r0 == 2342 goto +1
r1 += 1
if r0 == 2343 goto +1
r1 += 1
if r0 == 2344 goto +1
r1 += 1
if r0 == 2345 goto +1
r1 += 1
if r0 == 2346 goto +1
r1 += 1
if r0 == 2347 goto +1
r1 += 1
if r0 == 2348 goto +1
r1 += 1
if r0 == 2349 goto +1
r1 += 1
if r0 == 2350 goto +1
r1 += 1
if r0 == 2351 goto +1
r1 += 1
if r0 == 2352 goto +1
r1 += 1
if r0 == 2353 goto +1
r1 += 1
if r0 == 2354 goto +1
r1 += 1
if r0 == 2355 goto +1
r1 += 1
if r0 == 2356 goto +1
r1 += 1
if r0 == 2357 goto +1
r1 += 1
if r0 == 2358 goto +1
r1 += 1
if r0 == 2359 goto +1
r1 += 1
if r0 == 2360 goto +1
r1 += 1
if r0 == 2361 goto +1
r1 += 1
if r0 == 2362 goto +1
r1 += 1
if r0 == 2363 goto +1
r1 += 1
if r0 == 2364 goto +1
r1 += 1
if r0 == 2365 goto +1
r1 += 1
if r0 == 2366 goto +1
r1 += 1
if r0 == 2367 goto +1
r1 += 1
if r0 == 2368 goto +1
r1 += 1
if r0 == 2369 goto +1
r1 += 1
if r0 == 2370 goto +1
r1 += 1
if r0 == 2371 goto +1
r1 += 1
if r0 == 2372 goto +1
r1 += 1
if r0 == 2373 goto +1
r1 += 1
if r0 == 2374 goto +1
r1 += 1
if r0 == 2375 goto +1
r1 += 1
if r0 == 2376 goto +1
r1 += 1
if r0 == 2377 goto +1
r1 += 1
if r0 == 2378 goto +1
r1 += 1
if r0 == 2379 goto +1
r1 += 1
if r0 == 2380 goto +1
r1 += 1
if r0 == 2381 goto +1
r1 += 1
if r0 == 2382 goto +1
r1 += 1
if r0 == 2383 goto +1
r1 += 1
if r0 == 2384 goto +1
r1 += 1
if r0 == 2385 goto +1
r1 += 1
if r0 == 2386 goto +1
r1 += 1
if r0 == 2387 goto +1
r1 += 1
if r0 == 2388 goto +1
r1 += 1
if r0 == 2389 goto +1
r1 += 1
if r0 == 2390 goto +1
r1 += 1
if r0 == 2391 goto +1
r1 += 1
if r0 == 2392 goto +1
r1 += 1
if r0 == 2393 goto +1
r1 += 1
if r0 == 2394 goto +1
r1 += 1
if r0 == 2395 goto +1
r1 += 1
if r0 == 2396 goto +1
r1 += 1
if r0 == 2397 goto +1
r1 += 1
if r0 == 2398 goto +1
r1 += 1
if r0 == 2399 goto +1
r1 += 1
if r0 == 2400 goto +1
r1 += 1
if r0 == 2401 goto +1
r1 += 1
if r0 == 2402 goto +1
r1 += 1
if r0 == 2403 goto +1
r1 += 1
if r0 == 2404 goto +1
r1 += 1
if r0 == 2405 goto +1
r1 += 1
if r0 == 2406 goto +1
r1 += 1
if r0 == 2407 goto +1
r1 += 1
if r0 == 2408 goto +1
r1 += 1
if r0 == 2409 goto +1
r1 += 1
if r0 == 2410 goto +1
r1 += 1
if r0 == 2411 goto +1
r1 += 1
if r0 == 2412 goto +1
r1 += 1
if r0 == 2413 goto +1
r1 += 1
if r0 == 2414 goto +1
r1 += 1
if r0 == 2415 goto +1
r1 += 1
if r0 == 2416 goto +1
r1 += 1
if r0 == 2417 goto +1
r1 += 1
if r0 == 2418 goto +1
r1 += 1
if r0 == 2419 goto +1
r1 += 1
if r0 == 2420 goto +1
r1 += 1
if r0 == 2421 goto +1
r1 += 1
if r0 == 2422 goto +1
r1 += 1
if r0 == 2423 goto +1
r1 += 1
if r0 == 2424 goto +1
r1 += 1
if r0 == 2425 goto +1
r1 += 1
if r0 == 2426 goto +1
r1 += 1
if r0 == 2427 goto +1
r1 += 1
if r0 == 2428 goto +1
r1 += 1
if r0 == 2429 goto +1
r1 += 1
if r0 == 2430 goto +1
r1 += 1
if r0 == 2431 goto +1
r1 += 1
if r0 == 2432 goto +1
r1 += 1
if r0 == 2433 goto +1
r1 += 1
if r0 == 2434 goto +1
r1 += 1
if r0 == 2435 goto +1
r1 += 1
if r0 == 2436 goto +1
r1 += 1
if r0 == 2437 goto +1
r1 += 1
if r0 == 2438 goto +1
r1 += 1
if r0 == 2439 goto +1
r1 += 1
if r0 == 2440 goto +1
r1 += 1
if r0 == 2441 goto +1
r1 += 1
if r0 == 2442 goto +1
r1 += 1
if r0 == 2443 goto +1
r1 += 1
if r0 == 2444 goto +1
r1 += 1
if r0 == 2445 goto +1
r1 += 1
if r0 == 2446 goto +1
r1 += 1
if r0 == 2447 goto +1
r1 += 1
if r0 == 2448 goto +1
r1 += 1
if r0 == 2449 goto +1
r1 += 1
if r0 == 2450 goto +1
r1 += 1
if r0 == 2451 goto +1
r1 += 1
if r0 == 2452 goto +1
r1 += 1
if r0 == 2453 goto +1
r1 += 1
if r0 == 2454 goto +1
r1 += 1
if r0 == 2455 goto +1
r1 += 1
if r0 == 2456 goto +1
r1 += 1
if r0 == 2457 goto +1
r1 += 1
if r0 == 2458 goto +1
r1 += 1
if r0 == 2459 goto +1
r1 += 1
if r0 == 2460 goto +1
r1 += 1
if r0 == 2461 goto +1
r1 += 1
if r0 == 2462 goto +1
r1 += 1
if r0 == 2463 goto +1
r1 += 1
if r0 == 2464 goto +1
r1 += 1
if r0 == 2465 goto +1
r1 += 1
if r0 == 2466 goto +1
r1 += 1
if r0 == 2467 goto +1
r1 += 1
if r0 == 2468 goto +1
r1 += 1
if r0 == 2469 goto +1
r1 += 1
if r0 == 2470 goto +1
r1 += 1
if r0 == 2471 goto +1
r1 += 1
if r0 == 2472 goto +1
r1 += 1
if r0 == 2473 goto +1
r1 += 1
if r0 == 2474 goto +1
r1 += 1
if r0 == 2475 goto +1
r1 += 1
if r0 == 2476 goto +1
r1 += 1
if r0 == 2477 goto +1
r1 += 1
if r0 == 2478 goto +1
r1 += 1
if r0 == 2479 goto +1
r1 += 1
if r0 == 2480 goto +1
r1 += 1
if r0 == 2481 goto +1
r1 += 1
if r0 == 2482 goto +1
r1 += 1
if r0 == 2483 goto +1
r1 += 1
if r0 == 2484 goto +1
r1 += 1
if r0 == 2485 goto +1
r1 += 1
if r0 == 2486 goto +1
r1 += 1
if r0 == 2487 goto +1
r1 += 1
if r0 == 2488 goto +1
r1 += 1
if r0 == 2489 goto +1
r1 += 1
if r0 == 2490 goto +1
r1 += 1
if r0 == 2491 goto +1
r1 += 1
if r0 == 2492 goto +1
r1 += 1
if r0 == 2493 goto +1
r1 += 1
if r0 == 2494 goto +1
r1 += 1
if r0 == 2495 goto +1
r1 += 1
if r0 == 2496 goto +1
r1 += 1
if r0 == 2497 goto +1
r1 += 1
if r0 == 2498 goto +1
r1 += 1
if r0 == 2499 goto +1
r1 += 1
if r0 == 2500 goto +1
r1 += 1
if r0 == 2501 goto +1
r1 += 1
if r0 == 2502 goto +1
r1 += 1
if r0 == 2503 goto +1
r1 += 1
if r0 == 2504 goto +1
r1 += 1
if r0 == 2505 goto +1
r1 += 1
if r0 == 2506 goto +1
r1 += 1
if r0 == 2507 goto +1
r1 += 1
if r0 == 2508 goto +1
r1 += 1
if r0 == 2509 goto +1
r1 += 1
if r0 == 2510 goto +1
r1 += 1
if r0 == 2511 goto +1
r1 += 1
if r0 == 2512 goto +1
r1 += 1
if r0 == 2513 goto +1
r1 += 1
if r0 == 2514 goto +1
r1 += 1
if r0 == 2515 goto +1
r1 += 1
if r0 == 2516 goto +1
r1 += 1
if r0 == 2517 goto +1
r1 += 1
if r0 == 2518 goto +1
r1 += 1
if r0 == 2519 goto +1
r1 += 1
if r0 == 2520 goto +1
r1 += 1
if r0 == 2521 goto +1
r1 += 1
if r0 == 2522 goto +1
r1 += 1
if r0 == 2523 goto +1
r1 += 1
if r0 == 2524 goto +1
r1 += 1
if r0 == 2525 goto +1
r1 += 1
if r0 == 2526 goto +1
r1 += 1
if r0 == 2527 goto +1
r1 += 1
if r0 == 2528 goto +1
r1 += 1
if r0 == 2529 goto +1
r1 += 1
if r0 == 2530 goto +1
r1 += 1
if r0 == 2531 goto +1
r1 += 1
if r0 == 2532 goto +1
r1 += 1
if r0 == 2533 goto +1
r1 += 1
if r0 == 2534 goto +1
r1 += 1
if r0 == 2535 goto +1
r1 += 1
if r0 == 2536 goto +1
r1 += 1
if r0 == 2537 goto +1
r1 += 1
if r0 == 2538 goto +1
r1 += 1
if r0 == 2539 goto +1
r1 += 1
if r0 == 2540 goto +1
r1 += 1
if r0 == 2541 goto +1
r1 += 1
if r0 == 2542 goto +1
r1 += 1
if r0 == 2543 goto +1
r1 += 1
if r0 == 2544 goto +1
r1 += 1
if r0 == 2545 goto +1
r1 += 1
if r0 == 2546 goto +1
r1 += 1
if r0 == 2547 goto +1
r1 += 1
if r0 == 2548 goto +1
r1 += 1
if r0 == 2549 goto +1
r1 += 1
if r0 == 2550 goto +1
r1 += 1
if r0 == 2551 goto +1
r1 += 1
if r0 == 2552 goto +1
r1 += 1
if r0 == 2553 goto +1
r1 += 1
if r0 == 2554 goto +1
r1 += 1
if r0 == 2555 goto +1
r1 += 1
if r0 == 2556 goto +1
r1 += 1
if r0 == 2557 goto +1
r1 += 1
if r0 == 2558 goto +1
r1 += 1
if r0 == 2559 goto +1
r1 += 1
if r0 == 2560 goto +1
r1 += 1
if r0 == 2561 goto +1
r1 += 1
if r0 == 2562 goto +1
r1 += 1
if r0 == 2563 goto +1
r1 += 1
if r0 == 2564 goto +1
r1 += 1
if r0 == 2565 goto +1
r1 += 1
if r0 == 2566 goto +1
r1 += 1
if r0 == 2567 goto +1
r1 += 1
if r0 == 2568 goto +1
r1 += 1
if r0 == 2569 goto +1
r1 += 1
if r0 == 2570 goto +1
r1 += 1
if r0 == 2571 goto +1
r1 += 1
if r0 == 2572 goto +1
r1 += 1
if r0 == 2573 goto +1
r1 += 1
if r0 == 2574 goto +1
r1 += 1
if r0 == 2575 goto +1
r1 += 1
if r0 == 2576 goto +1
r1 += 1
if r0 == 2577 goto +1
r1 += 1
if r0 == 2578 goto +1
r1 += 1
if r0 == 2579 goto +1
r1 += 1
if r0 == 2580 goto +1
r1 += 1
if r0 == 2581 goto +1
r1 += 1
if r0 == 2582 goto +1
r1 += 1
if r0 == 2583 goto +1
r1 += 1
if r0 == 2584 goto +1
r1 += 1
if r0 == 2585 goto +1
r1 += 1
if r0 == 2586 goto +1
r1 += 1
if r0 == 2587 goto +1
r1 += 1
if r0 == 2588 goto +1
r1 += 1
if r0 == 2589 goto +1
r1 += 1
if r0 == 2590 goto +1
r1 += 1
if r0 == 2591 goto +1
r1 += 1
if r0 == 2592 goto +1
r1 += 1
if r0 == 2593 goto +1
r1 += 1
if r0 == 2594 goto +1
r1 += 1
if r0 == 2595 goto +1
r1 += 1
if r0 == 2596 goto +1
r1 += 1
if r0 == 2597 goto +1
r1 += 1
if r0 == 2598 goto +1
r1 += 1
if r0 == 2599 goto +1
r1 += 1
if r0 == 2600 goto +1
r1 += 1
if r0 == 2601 goto +1
r1 += 1
if r0 == 2602 goto +1
r1 += 1
if r0 == 2603 goto +1
r1 += 1
if r0 == 2604 goto +1
r1 += 1
if r0 == 2605 goto +1
r1 += 1
if r0 == 2606 goto +1
r1 += 1
if r0 == 2607 goto +1
r1 += 1
if r0 == 2608 goto +1
r1 += 1
if r0 == 2609 goto +1
r1 += 1
if r0 == 2610 goto +1
r1 += 1
if r0 == 2611 goto +1
r1 += 1
if r0 == 2612 goto +1
r1 += 1
if r0 == 2613 goto +1
r1 += 1
if r0 == 2614 goto +1
r1 += 1
if r0 == 2615 goto +1
r1 += 1
if r0 == 2616 goto +1
r1 += 1
if r0 == 2617 goto +1
r1 += 1
if r0 == 2618 goto +1
r1 += 1
if r0 == 2619 goto +1
r1 += 1
if r0 == 2620 goto +1
r1 += 1
if r0 == 2621 goto +1
r1 += 1
if r0 == 2622 goto +1
r1 += 1
if r0 == 2623 goto +1
r1 += 1
if r0 == 2624 goto +1
r1 += 1
if r0 == 2625 goto +1
r1 += 1
if r0 == 2626 goto +1
r1 += 1
if r0 == 2627 goto +1
r1 += 1
if r0 == 2628 goto +1
r1 += 1
if r0 == 2629 goto +1
r1 += 1
if r0 == 2630 goto +1
r1 += 1
if r0 == 2631 goto +1
r1 += 1
if r0 == 2632 goto +1
r1 += 1
if r0 == 2633 goto +1
r1 += 1
if r0 == 2634 goto +1
r1 += 1
if r0 == 2635 goto +1
r1 += 1
if r0 == 2636 goto +1
r1 += 1
if r0 == 2637 goto +1
r1 += 1
if r0 == 2638 goto +1
r1 += 1
if r0 == 2639 goto +1
r1 += 1
if r0 == 2640 goto +1
r1 += 1
if r0 == 2641 goto +1
r1 += 1
if r0 == 2642 goto +1
r1 += 1
if r0 == 2643 goto +1
r1 += 1
if r0 == 2644 goto +1
r1 += 1
if r0 == 2645 goto +1
r1 += 1
if r0 == 2646 goto +1
r1 += 1
if r0 == 2647 goto +1
r1 += 1
if r0 == 2648 goto +1
r1 += 1
if r0 == 2649 goto +1
r1 += 1
if r0 == 2650 goto +1
r1 += 1
if r0 == 2651 goto +1
r1 += 1
if r0 == 2652 goto +1
r1 += 1
if r0 == 2653 goto +1
r1 += 1
if r0 == 2654 goto +1
r1 += 1
if r0 == 2655 goto +1
r1 += 1
if r0 == 2656 goto +1
r1 += 1
if r0 == 2657 goto +1
r1 += 1
if r0 == 2658 goto +1
r1 += 1
if r0 == 2659 goto +1
r1 += 1
if r0 == 2660 goto +1
r1 += 1
if r0 == 2661 goto +1
r1 += 1
if r0 == 2662 goto +1
r1 += 1
if r0 == 2663 goto +1
r1 += 1
if r0 == 2664 goto +1
r1 += 1
if r0 == 2665 goto +1
r1 += 1
if r0 == 2666 goto +1
r1 += 1
if r0 == 2667 goto +1
r1 += 1
if r0 == 2668 goto +1
r1 += 1
if r0 == 2669 goto +1
r1 += 1
if r0 == 2670 goto +1
r1 += 1
if r0 == 2671 goto +1
r1 += 1
if r0 == 2672 goto +1
r1 += 1
if r0 == 2673 goto +1
r1 += 1
if r0 == 2674 goto +1
r1 += 1
if r0 == 2675 goto +1
r1 += 1
if r0 == 2676 goto +1
r1 += 1
if r0 == 2677 goto +1
r1 += 1
if r0 == 2678 goto +1
r1 += 1
if r0 == 2679 goto +1
r1 += 1
if r0 == 2680 goto +1
r1 += 1
if r0 == 2681 goto +1
r1 += 1
if r0 == 2682 goto +1
r1 += 1
if r0 == 2683 goto +1
r1 += 1
if r0 == 2684 goto +1
r1 += 1
if r0 == 2685 goto +1
r1 += 1
if r0 == 2686 goto +1
r1 += 1
if r0 == 2687 goto +1
r1 += 1
if r0 == 2688 goto +1
r1 += 1
if r0 == 2689 goto +1
r1 += 1
if r0 == 2690 goto +1
r1 += 1
if r0 == 2691 goto +1
r1 += 1
if r0 == 2692 goto +1
r1 += 1
if r0 == 2693 goto +1
r1 += 1
if r0 == 2694 goto +1
r1 += 1
if r0 == 2695 goto +1
r1 += 1
if r0 == 2696 goto +1
r1 += 1
if r0 == 2697 goto +1
r1 += 1
if r0 == 2698 goto +1
r1 += 1
if r0 == 2699 goto +1
r1 += 1
if r0 == 2700 goto +1
r1 += 1
if r0 == 2701 goto +1
r1 += 1
if r0 == 2702 goto +1
r1 += 1
if r0 == 2703 goto +1
r1 += 1
if r0 == 2704 goto +1
r1 += 1
if r0 == 2705 goto +1
r1 += 1
if r0 == 2706 goto +1
r1 += 1
if r0 == 2707 goto +1
r1 += 1
if r0 == 2708 goto +1
r1 += 1
if r0 == 2709 goto +1
r1 += 1
if r0 == 2710 goto +1
r1 += 1
if r0 == 2711 goto +1
r1 += 1
if r0 == 2712 goto +1
r1 += 1
if r0 == 2713 goto +1
r1 += 1
if r0 == 2714 goto +1
r1 += 1
if r0 == 2715 goto +1
r1 += 1
if r0 == 2716 goto +1
r1 += 1
if r0 == 2717 goto +1
r1 += 1
if r0 == 2718 goto +1
r1 += 1
if r0 == 2719 goto +1
r1 += 1
if r0 == 2720 goto +1
r1 += 1
if r0 == 2721 goto +1
r1 += 1
if r0 == 2722 goto +1
r1 += 1
if r0 == 2723 goto +1
r1 += 1
if r0 == 2724 goto +1
r1 += 1
if r0 == 2725 goto +1
r1 += 1
if r0 == 2726 goto +1
r1 += 1
if r0 == 2727 goto +1
r1 += 1
if r0 == 2728 goto +1
r1 += 1
if r0 == 2729 goto +1
r1 += 1
if r0 == 2730 goto +1
r1 += 1
if r0 == 2731 goto +1
r1 += 1
if r0 == 2732 goto +1
r1 += 1
if r0 == 2733 goto +1
r1 += 1
if r0 == 2734 goto +1
r1 += 1
if r0 == 2735 goto +1
r1 += 1
if r0 == 2736 goto +1
r1 += 1
if r0 == 2737 goto +1
r1 += 1
if r0 == 2738 goto +1
r1 += 1
if r0 == 2739 goto +1
r1 += 1
if r0 == 2740 goto +1
r1 += 1
if r0 == 2741 goto +1
r1 += 1
if r0 == 2742 goto +1
r1 += 1
if r0 == 2743 goto +1
r1 += 1
if r0 == 2744 goto +1
r1 += 1
if r0 == 2745 goto +1
r1 += 1
if r0 == 2746 goto +1
r1 += 1
if r0 == 2747 goto +1
r1 += 1
if r0 == 2748 goto +1
r1 += 1
if r0 == 2749 goto +1
r1 += 1
if r0 == 2750 goto +1
r1 += 1
if r0 == 2751 goto +1
r1 += 1
if r0 == 2752 goto +1
r1 += 1
if r0 == 2753 goto +1
r1 += 1
if r0 == 2754 goto +1
r1 += 1
if r0 == 2755 goto +1
r1 += 1
if r0 == 2756 goto +1
r1 += 1
if r0 == 2757 goto +1
r1 += 1
if r0 == 2758 goto +1
r1 += 1
if r0 == 2759 goto +1
r1 += 1
if r0 == 2760 goto +1
r1 += 1
if r0 == 2761 goto +1
r1 += 1
if r0 == 2762 goto +1
r1 += 1
if r0 == 2763 goto +1
r1 += 1
if r0 == 2764 goto +1
r1 += 1
if r0 == 2765 goto +1
r1 += 1
if r0 == 2766 goto +1
r1 += 1
if r0 == 2767 goto +1
r1 += 1
if r0 == 2768 goto +1
r1 += 1
if r0 == 2769 goto +1
r1 += 1
if r0 == 2770 goto +1
r1 += 1
if r0 == 2771 goto +1
r1 += 1
if r0 == 2772 goto +1
r1 += 1
if r0 == 2773 goto +1
r1 += 1
if r0 == 2774 goto +1
r1 += 1
if r0 == 2775 goto +1
r1 += 1
if r0 == 2776 goto +1
r1 += 1
if r0 == 2777 goto +1
r1 += 1
if r0 == 2778 goto +1
r1 += 1
if r0 == 2779 goto +1
r1 += 1
if r0 == 2780 goto +1
r1 += 1
if r0 == 2781 goto +1
r1 += 1
if r0 == 2782 goto +1
r1 += 1
if r0 == 2783 goto +1
r1 += 1
if r0 == 2784 goto +1
r1 += 1
if r0 == 2785 goto +1
r1 += 1
if r0 == 2786 goto +1
r1 += 1
if r0 == 2787 goto +1
r1 += 1
if r0 == 2788 goto +1
r1 += 1
if r0 == 2789 goto +1
r1 += 1
if r0 == 2790 goto +1
r1 += 1
if r0 == 2791 goto +1
r1 += 1
if r0 == 2792 goto +1
r1 += 1
if r0 == 2793 goto +1
r1 += 1
if r0 == 2794 goto +1
r1 += 1
if r0 == 2795 goto +1
r1 += 1
if r0 == 2796 goto +1
r1 += 1
if r0 == 2797 goto +1
r1 += 1
if r0 == 2798 goto +1
r1 += 1
if r0 == 2799 goto +1
r1 += 1
if r0 == 2800 goto +1
r1 += 1
if r0 == 2801 goto +1
r1 += 1
if r0 == 2802 goto +1
r1 += 1
if r0 == 2803 goto +1
r1 += 1
if r0 == 2804 goto +1
r1 += 1
if r0 == 2805 goto +1
r1 += 1
if r0 == 2806 goto +1
r1 += 1
if r0 == 2807 goto +1
r1 += 1
if r0 == 2808 goto +1
r1 += 1
if r0 == 2809 goto +1
r1 += 1
if r0 == 2810 goto +1
r1 += 1
if r0 == 2811 goto +1
r1 += 1
if r0 == 2812 goto +1
r1 += 1
if r0 == 2813 goto +1
r1 += 1
if r0 == 2814 goto +1
r1 += 1
if r0 == 2815 goto +1
r1 += 1
if r0 == 2816 goto +1
r1 += 1
if r0 == 2817 goto +1
r1 += 1
if r0 == 2818 goto +1
r1 += 1
if r0 == 2819 goto +1
r1 += 1
if r0 == 2820 goto +1
r1 += 1
if r0 == 2821 goto +1
r1 += 1
if r0 == 2822 goto +1
r1 += 1
if r0 == 2823 goto +1
r1 += 1
if r0 == 2824 goto +1
r1 += 1
if r0 == 2825 goto +1
r1 += 1
if r0 == 2826 goto +1
r1 += 1
if r0 == 2827 goto +1
r1 += 1
if r0 == 2828 goto +1
r1 += 1
if r0 == 2829 goto +1
r1 += 1
if r0 == 2830 goto +1
r1 += 1
if r0 == 2831 goto +1
r1 += 1
if r0 == 2832 goto +1
r1 += 1
if r0 == 2833 goto +1
r1 += 1
if r0 == 2834 goto +1
r1 += 1
if r0 == 2835 goto +1
r1 += 1
if r0 == 2836 goto +1
r1 += 1
if r0 == 2837 goto +1
r1 += 1
if r0 == 2838 goto +1
r1 += 1
if r0 == 2839 goto +1
r1 += 1
if r0 == 2840 goto +1
r1 += 1
if r0 == 2841 goto +1
r1 += 1
if r0 == 2842 goto +1
r1 += 1
if r0 == 2843 goto +1
r1 += 1
if r0 == 2844 goto +1
r1 += 1
if r0 == 2845 goto +1
r1 += 1
if r0 == 2846 goto +1
r1 += 1
if r0 == 2847 goto +1
r1 += 1
if r0 == 2848 goto +1
r1 += 1
if r0 == 2849 goto +1
r1 += 1
if r0 == 2850 goto +1
r1 += 1
if r0 == 2851 goto +1
r1 += 1
if r0 == 2852 goto +1
r1 += 1
if r0 == 2853 goto +1
r1 += 1
if r0 == 2854 goto +1
r1 += 1
if r0 == 2855 goto +1
r1 += 1
if r0 == 2856 goto +1
r1 += 1
if r0 == 2857 goto +1
r1 += 1
if r0 == 2858 goto +1
r1 += 1
if r0 == 2859 goto +1
r1 += 1
if r0 == 2860 goto +1
r1 += 1
if r0 == 2861 goto +1
r1 += 1
if r0 == 2862 goto +1
r1 += 1
if r0 == 2863 goto +1
r1 += 1
if r0 == 2864 goto +1
r1 += 1
if r0 == 2865 goto +1
r1 += 1
if r0 == 2866 goto +1
r1 += 1
if r0 == 2867 goto +1
r1 += 1
if r0 == 2868 goto +1
r1 += 1
if r0 == 2869 goto +1
r1 += 1
if r0 == 2870 goto +1
r1 += 1
if r0 == 2871 goto +1
r1 += 1
if r0 == 2872 goto +1
r1 += 1
if r0 == 2873 goto +1
r1 += 1
if r0 == 2874 goto +1
r1 += 1
if r0 == 2875 goto +1
r1 += 1
if r0 == 2876 goto +1
r1 += 1
if r0 == 2877 goto +1
r1 += 1
if r0 == 2878 goto +1
r1 += 1
if r0 == 2879 goto +1
r1 += 1
if r0 == 2880 goto +1
r1 += 1
if r0 == 2881 goto +1
r1 += 1
if r0 == 2882 goto +1
r1 += 1
if r0 == 2883 goto +1
r1 += 1
if r0 == 2884 goto +1
r1 += 1
if r0 == 2885 goto +1
r1 += 1
if r0 == 2886 goto +1
r1 += 1
if r0 == 2887 goto +1
r1 += 1
if r0 == 2888 goto +1
r1 += 1
if r0 == 2889 goto +1
r1 += 1
if r0 == 2890 goto +1
r1 += 1
if r0 == 2891 goto +1
r1 += 1
if r0 == 2892 goto +1
r1 += 1
if r0 == 2893 goto +1
r1 += 1
if r0 == 2894 goto +1
r1 += 1
if r0 == 2895 goto +1
r1 += 1
if r0 == 2896 goto +1
r1 += 1
if r0 == 2897 goto +1
r1 += 1
if r0 == 2898 goto +1
r1 += 1
if r0 == 2899 goto +1
r1 += 1
if r0 == 2900 goto +1
r1 += 1
if r0 == 2901 goto +1
r1 += 1
if r0 == 2902 goto +1
r1 += 1
if r0 == 2903 goto +1
r1 += 1
if r0 == 2904 goto +1
r1 += 1
if r0 == 2905 goto +1
r1 += 1
if r0 == 2906 goto +1
r1 += 1
if r0 == 2907 goto +1
r1 += 1
if r0 == 2908 goto +1
r1 += 1
if r0 == 2909 goto +1
r1 += 1
if r0 == 2910 goto +1
r1 += 1
if r0 == 2911 goto +1
r1 += 1
if r0 == 2912 goto +1
r1 += 1
if r0 == 2913 goto +1
r1 += 1
if r0 == 2914 goto +1
r1 += 1
if r0 == 2915 goto +1
r1 += 1
if r0 == 2916 goto +1
r1 += 1
if r0 == 2917 goto +1
r1 += 1
if r0 == 2918 goto +1
r1 += 1
if r0 == 2919 goto +1
r1 += 1
if r0 == 2920 goto +1
r1 += 1
if r0 == 2921 goto +1
r1 += 1
if r0 == 2922 goto +1
r1 += 1
if r0 == 2923 goto +1
r1 += 1
if r0 == 2924 goto +1
r1 += 1
if r0 == 2925 goto +1
r1 += 1
if r0 == 2926 goto +1
r1 += 1
if r0 == 2927 goto +1
r1 += 1
if r0 == 2928 goto +1
r1 += 1
if r0 == 2929 goto +1
r1 += 1
if r0 == 2930 goto +1
r1 += 1
if r0 == 2931 goto +1
r1 += 1
if r0 == 2932 goto +1
r1 += 1
if r0 == 2933 goto +1
r1 += 1
if r0 == 2934 goto +1
r1 += 1
if r0 == 2935 goto +1
r1 += 1
if r0 == 2936 goto +1
r1 += 1
if r0 == 2937 goto +1
r1 += 1
if r0 == 2938 goto +1
r1 += 1
if r0 == 2939 goto +1
r1 += 1
if r0 == 2940 goto +1
r1 += 1
if r0 == 2941 goto +1
r1 += 1
if r0 == 2942 goto +1
r1 += 1
if r0 == 2943 goto +1
r1 += 1
if r0 == 2944 goto +1
r1 += 1
if r0 == 2945 goto +1
r1 += 1
if r0 == 2946 goto +1
r1 += 1
if r0 == 2947 goto +1
r1 += 1
if r0 == 2948 goto +1
r1 += 1
if r0 == 2949 goto +1
r1 += 1
if r0 == 2950 goto +1
r1 += 1
if r0 == 2951 goto +1
r1 += 1
if r0 == 2952 goto +1
r1 += 1
if r0 == 2953 goto +1
r1 += 1
if r0 == 2954 goto +1
r1 += 1
if r0 == 2955 goto +1
r1 += 1
if r0 == 2956 goto +1
r1 += 1
if r0 == 2957 goto +1
r1 += 1
if r0 == 2958 goto +1
r1 += 1
if r0 == 2959 goto +1
r1 += 1
if r0 == 2960 goto +1
r1 += 1
if r0 == 2961 goto +1
r1 += 1
if r0 == 2962 goto +1
r1 += 1
if r0 == 2963 goto +1
r1 += 1
if r0 == 2964 goto +1
r1 += 1
if r0 == 2965 goto +1
r1 += 1
if r0 == 2966 goto +1
r1 += 1
if r0 == 2967 goto +1
r1 += 1
if r0 == 2968 goto +1
r1 += 1
if r0 == 2969 goto +1
r1 += 1
if r0 == 2970 goto +1
r1 += 1
if r0 == 2971 goto +1
r1 += 1
if r0 == 2972 goto +1
r1 += 1
if r0 == 2973 goto +1
r1 += 1
if r0 == 2974 goto +1
r1 += 1
if r0 == 2975 goto +1
r1 += 1
if r0 == 2976 goto +1
r1 += 1
if r0 == 2977 goto +1
r1 += 1
if r0 == 2978 goto +1
r1 += 1
if r0 == 2979 goto +1
r1 += 1
if r0 == 2980 goto +1
r1 += 1
if r0 == 2981 goto +1
r1 += 1
if r0 == 2982 goto +1
r1 += 1
if r0 == 2983 goto +1
r1 += 1
if r0 == 2984 goto +1
r1 += 1
if r0 == 2985 goto +1
r1 += 1
if r0 == 2986 goto +1
r1 += 1
if r0 == 2987 goto +1
r1 += 1
if r0 == 2988 goto +1
r1 += 1
if r0 == 2989 goto +1
r1 += 1
if r0 == 2990 goto +1
r1 += 1
if r0 == 2991 goto +1
r1 += 1
if r0 == 2992 goto +1
r1 += 1
if r0 == 2993 goto +1
r1 += 1
if r0 == 2994 goto +1
r1 += 1
if r0 == 2995 goto +1
r1 += 1
if r0 == 2996 goto +1
r1 += 1
if r0 == 2997 goto +1
r1 += 1
if r0 == 2998 goto +1
r1 += 1
if r0 == 2999 goto +1
r1 += 1
if r0 == 3000 goto +1
r1 += 1
if r0 == 3001 goto +1
r1 += 1
if r0 == 3002 goto +1
r1 += 1
if r0 == 3003 goto +1
r1 += 1
if r0 == 3004 goto +1
r1 += 1
if r0 == 3005 goto +1
r1 += 1
if r0 == 3006 goto +1
r1 += 1
if r0 == 3007 goto +1
r1 += 1
if r0 == 3008 goto +1
r1 += 1
if r0 == 3009 goto +1
r1 += 1
if r0 == 3010 goto +1
r1 += 1
if r0 == 3011 goto +1
r1 += 1
if r0 == 3012 goto +1
r1 += 1
if r0 == 3013 goto +1
r1 += 1
if r0 == 3014 goto +1
r1 += 1
if r0 == 3015 goto +1
r1 += 1
if r0 == 3016 goto +1
r1 += 1
if r0 == 3017 goto +1
r1 += 1
if r0 == 3018 goto +1
r1 += 1
if r0 == 3019 goto +1
r1 += 1
if r0 == 3020 goto +1
r1 += 1
if r0 == 3021 goto +1
r1 += 1
if r0 == 3022 goto +1
r1 += 1
if r0 == 3023 goto +1
r1 += 1
if r0 == 3024 goto +1
r1 += 1
if r0 == 3025 goto +1
r1 += 1
if r0 == 3026 goto +1
r1 += 1
if r0 == 3027 goto +1
r1 += 1
if r0 == 3028 goto +1
r1 += 1
if r0 == 3029 goto +1
r1 += 1
if r0 == 3030 goto +1
r1 += 1
if r0 == 3031 goto +1
r1 += 1
if r0 == 3032 goto +1
r1 += 1
if r0 == 3033 goto +1
r1 += 1
if r0 == 3034 goto +1
r1 += 1
if r0 == 3035 goto +1
r1 += 1
if r0 == 3036 goto +1
r1 += 1
if r0 == 3037 goto +1
r1 += 1
if r0 == 3038 goto +1
r1 += 1
if r0 == 3039 goto +1
r1 += 1
if r0 == 3040 goto +1
r1 += 1
if r0 == 3041 goto +1
r1 += 1
if r0 == 3042 goto +1
r1 += 1
if r0 == 3043 goto +1
r1 += 1
if r0 == 3044 goto +1
r1 += 1
if r0 == 3045 goto +1
r1 += 1
if r0 == 3046 goto +1
r1 += 1
if r0 == 3047 goto +1
r1 += 1
if r0 == 3048 goto +1
r1 += 1
if r0 == 3049 goto +1
r1 += 1
if r0 == 3050 goto +1
r1 += 1
if r0 == 3051 goto +1
r1 += 1
if r0 == 3052 goto +1
r1 += 1
if r0 == 3053 goto +1
r1 += 1
if r0 == 3054 goto +1
r1 += 1
if r0 == 3055 goto +1
r1 += 1
if r0 == 3056 goto +1
r1 += 1
if r0 == 3057 goto +1
r1 += 1
if r0 == 3058 goto +1
r1 += 1
if r0 == 3059 goto +1
r1 += 1
if r0 == 3060 goto +1
r1 += 1
if r0 == 3061 goto +1
r1 += 1
if r0 == 3062 goto +1
r1 += 1
if r0 == 3063 goto +1
r1 += 1
if r0 == 3064 goto +1
r1 += 1
if r0 == 3065 goto +1
r1 += 1
if r0 == 3066 goto +1
r1 += 1
if r0 == 3067 goto +1
r1 += 1
if r0 == 3068 goto +1
r1 += 1
if r0 == 3069 goto +1
r1 += 1
if r0 == 3070 goto +1
r1 += 1
if r0 == 3071 goto +1
r1 += 1
if r0 == 3072 goto +1
r1 += 1
if r0 == 3073 goto +1
r1 += 1
if r0 == 3074 goto +1
r1 += 1
if r0 == 3075 goto +1
r1 += 1
if r0 == 3076 goto +1
r1 += 1
if r0 == 3077 goto +1
r1 += 1
if r0 == 3078 goto +1
r1 += 1
if r0 == 3079 goto +1
r1 += 1
if r0 == 3080 goto +1
r1 += 1
if r0 == 3081 goto +1
r1 += 1
if r0 == 3082 goto +1
r1 += 1
if r0 == 3083 goto +1
r1 += 1
if r0 == 3084 goto +1
r1 += 1
if r0 == 3085 goto +1
r1 += 1
if r0 == 3086 goto +1
r1 += 1
if r0 == 3087 goto +1
r1 += 1
if r0 == 3088 goto +1
r1 += 1
if r0 == 3089 goto +1
r1 += 1
if r0 == 3090 goto +1
r1 += 1
if r0 == 3091 goto +1
r1 += 1
if r0 == 3092 goto +1
r1 += 1
if r0 == 3093 goto +1
r1 += 1
if r0 == 3094 goto +1
r1 += 1
if r0 == 3095 goto +1
r1 += 1
if r0 == 3096 goto +1
r1 += 1
if r0 == 3097 goto +1
r1 += 1
if r0 == 3098 goto +1
r1 += 1
if r0 == 3099 goto +1
r1 += 1
if r0 == 3100 goto +1
r1 += 1
if r0 == 3101 goto +1
r1 += 1
if r0 == 3102 goto +1
r1 += 1
if r0 == 3103 goto +1
r1 += 1
if r0 == 3104 goto +1
r1 += 1
if r0 == 3105 goto +1
r1 += 1
if r0 == 3106 goto +1
r1 += 1
if r0 == 3107 goto +1
r1 += 1
if r0 == 3108 goto +1
r1 += 1
if r0 == 3109 goto +1
r1 += 1
if r0 == 3110 goto +1
r1 += 1
if r0 == 3111 goto +1
r1 += 1
if r0 == 3112 goto +1
r1 += 1
if r0 == 3113 goto +1
r1 += 1
if r0 == 3114 goto +1
r1 += 1
if r0 == 3115 goto +1
r1 += 1
if r0 == 3116 goto +1
r1 += 1
if r0 == 3117 goto +1
r1 += 1
if r0 == 3118 goto +1
r1 += 1
if r0 == 3119 goto +1
r1 += 1
if r0 == 3120 goto +1
r1 += 1
if r0 == 3121 goto +1
r1 += 1
if r0 == 3122 goto +1
r1 += 1
if r0 == 3123 goto +1
r1 += 1
if r0 == 3124 goto +1
r1 += 1
if r0 == 3125 goto +1
r1 += 1
if r0 == 3126 goto +1
r1 += 1
if r0 == 3127 goto +1
r1 += 1
if r0 == 3128 goto +1
r1 += 1
if r0 == 3129 goto +1
r1 += 1
if r0 == 3130 goto +1
r1 += 1
if r0 == 3131 goto +1
r1 += 1
if r0 == 3132 goto +1
r1 += 1
if r0 == 3133 goto +1
r1 += 1
if r0 == 3134 goto +1
r1 += 1
if r0 == 3135 goto +1
r1 += 1
if r0 == 3136 goto +1
r1 += 1
if r0 == 3137 goto +1
r1 += 1
if r0 == 3138 goto +1
r1 += 1
if r0 == 3139 goto +1
r1 += 1
if r0 == 3140 goto +1
r1 += 1
if r0 == 3141 goto +1
r1 += 1
if r0 == 3142 goto +1
r1 += 1
if r0 == 3143 goto +1
r1 += 1
if r0 == 3144 goto +1
r1 += 1
if r0 == 3145 goto +1
r1 += 1
if r0 == 3146 goto +1
r1 += 1
if r0 == 3147 goto +1
r1 += 1
if r0 == 3148 goto +1
r1 += 1
if r0 == 3149 goto +1
r1 += 1
if r0 == 3150 goto +1
r1 += 1
if r0 == 3151 goto +1
r1 += 1
if r0 == 3152 goto +1
r1 += 1
if r0 == 3153 goto +1
r1 += 1
if r0 == 3154 goto +1
r1 += 1
if r0 == 3155 goto +1
r1 += 1
if r0 == 3156 goto +1
r1 += 1
if r0 == 3157 goto +1
r1 += 1
if r0 == 3158 goto +1
r1 += 1
if r0 == 3159 goto +1
r1 += 1
if r0 == 3160 goto +1
r1 += 1
if r0 == 3161 goto +1
r1 += 1
if r0 == 3162 goto +1
r1 += 1
if r0 == 3163 goto +1
r1 += 1
if r0 == 3164 goto +1
r1 += 1
if r0 == 3165 goto +1
r1 += 1
if r0 == 3166 goto +1
r1 += 1
if r0 == 3167 goto +1
r1 += 1
if r0 == 3168 goto +1
r1 += 1
if r0 == 3169 goto +1
r1 += 1
if r0 == 3170 goto +1
r1 += 1
if r0 == 3171 goto +1
r1 += 1
if r0 == 3172 goto +1
r1 += 1
if r0 == 3173 goto +1
r1 += 1
if r0 == 3174 goto +1
r1 += 1
if r0 == 3175 goto +1
r1 += 1
if r0 == 3176 goto +1
r1 += 1
if r0 == 3177 goto +1
r1 += 1
if r0 == 3178 goto +1
r1 += 1
if r0 == 3179 goto +1
r1 += 1
if r0 == 3180 goto +1
r1 += 1
if r0 == 3181 goto +1
r1 += 1
if r0 == 3182 goto +1
r1 += 1
if r0 == 3183 goto +1
r1 += 1
if r0 == 3184 goto +1
r1 += 1
if r0 == 3185 goto +1
r1 += 1
if r0 == 3186 goto +1
r1 += 1
if r0 == 3187 goto +1
r1 += 1
if r0 == 3188 goto +1
r1 += 1
if r0 == 3189 goto +1
r1 += 1
if r0 == 3190 goto +1
r1 += 1
if r0 == 3191 goto +1
r1 += 1
if r0 == 3192 goto +1
r1 += 1
if r0 == 3193 goto +1
r1 += 1
if r0 == 3194 goto +1
r1 += 1
if r0 == 3195 goto +1
r1 += 1
if r0 == 3196 goto +1
r1 += 1
if r0 == 3197 goto +1
r1 += 1
if r0 == 3198 goto +1
r1 += 1
if r0 == 3199 goto +1
r1 += 1
if r0 == 3200 goto +1
r1 += 1
if r0 == 3201 goto +1
r1 += 1
if r0 == 3202 goto +1
r1 += 1
if r0 == 3203 goto +1
r1 += 1
if r0 == 3204 goto +1
r1 += 1
if r0 == 3205 goto +1
r1 += 1
if r0 == 3206 goto +1
r1 += 1
if r0 == 3207 goto +1
r1 += 1
if r0 == 3208 goto +1
r1 += 1
if r0 == 3209 goto +1
r1 += 1
if r0 == 3210 goto +1
r1 += 1
if r0 == 3211 goto +1
r1 += 1
if r0 == 3212 goto +1
r1 += 1
if r0 == 3213 goto +1
r1 += 1
if r0 == 3214 goto +1
r1 += 1
if r0 == 3215 goto +1
r1 += 1
if r0 == 3216 goto +1
r1 += 1
if r0 == 3217 goto +1
r1 += 1
if r0 == 3218 goto +1
r1 += 1
if r0 == 3219 goto +1
r1 += 1
if r0 == 3220 goto +1
r1 += 1
if r0 == 3221 goto +1
r1 += 1
if r0 == 3222 goto +1
r1 += 1
if r0 == 3223 goto +1
r1 += 1
if r0 == 3224 goto +1
r1 += 1
if r0 == 3225 goto +1
r1 += 1
if r0 == 3226 goto +1
r1 += 1
if r0 == 3227 goto +1
r1 += 1
if r0 == 3228 goto +1
r1 += 1
if r0 == 3229 goto +1
r1 += 1
if r0 == 3230 goto +1
r1 += 1
if r0 == 3231 goto +1
r1 += 1
if r0 == 3232 goto +1
r1 += 1
if r0 == 3233 goto +1
r1 += 1
if r0 == 3234 goto +1
r1 += 1
if r0 == 3235 goto +1
r1 += 1
if r0 == 3236 goto +1
r1 += 1
if r0 == 3237 goto +1
r1 += 1
if r0 == 3238 goto +1
r1 += 1
if r0 == 3239 goto +1
r1 += 1
if r0 == 3240 goto +1
r1 += 1
if r0 == 3241 goto +1
r1 += 1
if r0 == 3242 goto +1
r1 += 1
if r0 == 3243 goto +1
r1 += 1
if r0 == 3244 goto +1
r1 += 1
if r0 == 3245 goto +1
r1 += 1
if r0 == 3246 goto +1
r1 += 1
if r0 == 3247 goto +1
r1 += 1
if r0 == 3248 goto +1
r1 += 1
if r0 == 3249 goto +1
r1 += 1
if r0 == 3250 goto +1
r1 += 1
if r0 == 3251 goto +1
r1 += 1
if r0 == 3252 goto +1
r1 += 1
if r0 == 3253 goto +1
r1 += 1
if r0 == 3254 goto +1
r1 += 1
if r0 == 3255 goto +1
r1 += 1
if r0 == 3256 goto +1
r1 += 1
if r0 == 3257 goto +1
r1 += 1
if r0 == 3258 goto +1
r1 += 1
if r0 == 3259 goto +1
r1 += 1
if r0 == 3260 goto +1
r1 += 1
if r0 == 3261 goto +1
r1 += 1
if r0 == 3262 goto +1
r1 += 1
if r0 == 3263 goto +1
r1 += 1
if r0 == 3264 goto +1
r1 += 1
if r0 == 3265 goto +1
r1 += 1
if r0 == 3266 goto +1
r1 += 1
if r0 == 3267 goto +1
r1 += 1
if r0 == 3268 goto +1
r1 += 1
if r0 == 3269 goto +1
r1 += 1
if r0 == 3270 goto +1
r1 += 1
if r0 == 3271 goto +1
r1 += 1
if r0 == 3272 goto +1
r1 += 1
if r0 == 3273 goto +1
r1 += 1
if r0 == 3274 goto +1
r1 += 1
if r0 == 3275 goto +1
r1 += 1
if r0 == 3276 goto +1
r1 += 1
if r0 == 3277 goto +1
r1 += 1
if r0 == 3278 goto +1
r1 += 1
if r0 == 3279 goto +1
r1 += 1
if r0 == 3280 goto +1
r1 += 1
if r0 == 3281 goto +1
r1 += 1
if r0 == 3282 goto +1
r1 += 1
if r0 == 3283 goto +1
r1 += 1
if r0 == 3284 goto +1
r1 += 1
if r0 == 3285 goto +1
r1 += 1
if r0 == 3286 goto +1
r1 += 1
if r0 == 3287 goto +1
r1 += 1
if r0 == 3288 goto +1
r1 += 1
if r0 == 3289 goto +1
r1 += 1
if r0 == 3290 goto +1
r1 += 1
if r0 == 3291 goto +1
r1 += 1
if r0 == 3292 goto +1
r1 += 1
if r0 == 3293 goto +1
r1 += 1
if r0 == 3294 goto +1
r1 += 1
if r0 == 3295 goto +1
r1 += 1
if r0 == 3296 goto +1
r1 += 1
if r0 == 3297 goto +1
r1 += 1
if r0 == 3298 goto +1
r1 += 1
if r0 == 3299 goto +1
r1 += 1
if r0 == 3300 goto +1
r1 += 1
if r0 == 3301 goto +1
r1 += 1
if r0 == 3302 goto +1
r1 += 1
if r0 == 3303 goto +1
r1 += 1
if r0 == 3304 goto +1
r1 += 1
if r0 == 3305 goto +1
r1 += 1
if r0 == 3306 goto +1
r1 += 1
if r0 == 3307 goto +1
r1 += 1
if r0 == 3308 goto +1
r1 += 1
if r0 == 3309 goto +1
r1 += 1
if r0 == 3310 goto +1
r1 += 1
if r0 == 3311 goto +1
r1 += 1
if r0 == 3312 goto +1
r1 += 1
if r0 == 3313 goto +1
r1 += 1
if r0 == 3314 goto +1
r1 += 1
if r0 == 3315 goto +1
r1 += 1
if r0 == 3316 goto +1
r1 += 1
if r0 == 3317 goto +1
r1 += 1
if r0 == 3318 goto +1
r1 += 1
if r0 == 3319 goto +1
r1 += 1
if r0 == 3320 goto +1
r1 += 1
if r0 == 3321 goto +1
r1 += 1
if r0 == 3322 goto +1
r1 += 1
if r0 == 3323 goto +1
r1 += 1
if r0 == 3324 goto +1
r1 += 1
if r0 == 3325 goto +1
r1 += 1
if r0 == 3326 goto +1
r1 += 1
if r0 == 3327 goto +1
r1 += 1
if r0 == 3328 goto +1
r1 += 1
if r0 == 3329 goto +1
r1 += 1
if r0 == 3330 goto +1
r1 += 1
if r0 == 3331 goto +1
r1 += 1
if r0 == 3332 goto +1
r1 += 1
if r0 == 3333 goto +1
r1 += 1
if r0 == 3334 goto +1
r1 += 1
if r0 == 3335 goto +1
r1 += 1
if r0 == 3336 goto +1
r1 += 1
if r0 == 3337 goto +1
r1 += 1
if r0 == 3338 goto +1
r1 += 1
if r0 == 3339 goto +1
r1 += 1
if r0 == 3340 goto +1
r1 += 1
if r0 == 3341 goto +1
r1 += 1
if r0 == 3342 goto +1
r1 += 1
if r0 == 3343 goto +1
r1 += 1
if r0 == 3344 goto +1
r1 += 1
if r0 == 3345 goto +1
r1 += 1
if r0 == 3346 goto +1
r1 += 1
if r0 == 3347 goto +1
r1 += 1
if r0 == 3348 goto +1
r1 += 1
if r0 == 3349 goto +1
r1 += 1
if r0 == 3350 goto +1
r1 += 1
if r0 == 3351 goto +1
r1 += 1
if r0 == 3352 goto +1
r1 += 1
if r0 == 3353 goto +1
r1 += 1
if r0 == 3354 goto +1
r1 += 1
if r0 == 3355 goto +1
r1 += 1
if r0 == 3356 goto +1
r1 += 1
if r0 == 3357 goto +1
r1 += 1
if r0 == 3358 goto +1
r1 += 1
if r0 == 3359 goto +1
r1 += 1
if r0 == 3360 goto +1
r1 += 1
if r0 == 3361 goto +1
r1 += 1
if r0 == 3362 goto +1
r1 += 1
if r0 == 3363 goto +1
r1 += 1
if r0 == 3364 goto +1
r1 += 1
if r0 == 3365 goto +1
r1 += 1
if r0 == 3366 goto +1
r1 += 1
if r0 == 3367 goto +1
r1 += 1
if r0 == 3368 goto +1
r1 += 1
if r0 == 3369 goto +1
r1 += 1
if r0 == 3370 goto +1
r1 += 1
if r0 == 3371 goto +1
r1 += 1
if r0 == 3372 goto +1
r1 += 1
if r0 == 3373 goto +1
r1 += 1
if r0 == 3374 goto +1
r1 += 1
if r0 == 3375 goto +1
r1 += 1
if r0 == 3376 goto +1
r1 += 1
if r0 == 3377 goto +1
r1 += 1
if r0 == 3378 goto +1
r1 += 1
if r0 == 3379 goto +1
r1 += 1
if r0 == 3380 goto +1
r1 += 1
if r0 == 3381 goto +1
r1 += 1
if r0 == 3382 goto +1
r1 += 1
if r0 == 3383 goto +1
r1 += 1
if r0 == 3384 goto +1
r1 += 1
if r0 == 3385 goto +1
r1 += 1
if r0 == 3386 goto +1
r1 += 1
if r0 == 3387 goto +1
r1 += 1
if r0 == 3388 goto +1
r1 += 1
if r0 == 3389 goto +1
r1 += 1
if r0 == 3390 goto +1
r1 += 1
if r0 == 3391 goto +1
r1 += 1
if r0 == 3392 goto +1
r1 += 1
if r0 == 3393 goto +1
r1 += 1
if r0 == 3394 goto +1
r1 += 1
if r0 == 3395 goto +1
r1 += 1
if r0 == 3396 goto +1
r1 += 1
if r0 == 3397 goto +1
r1 += 1
if r0 == 3398 goto +1
r1 += 1
if r0 == 3399 goto +1
r1 += 1
if r0 == 3400 goto +1
r1 += 1
if r0 == 3401 goto +1
r1 += 1
if r0 == 3402 goto +1
r1 += 1
if r0 == 3403 goto +1
r1 += 1
if r0 == 3404 goto +1
r1 += 1
if r0 == 3405 goto +1
r1 += 1
if r0 == 3406 goto +1
r1 += 1
if r0 == 3407 goto +1
r1 += 1
if r0 == 3408 goto +1
r1 += 1
if r0 == 3409 goto +1
r1 += 1
if r0 == 3410 goto +1
r1 += 1
if r0 == 3411 goto +1
r1 += 1
if r0 == 3412 goto +1
r1 += 1
if r0 == 3413 goto +1
r1 += 1
if r0 == 3414 goto +1
r1 += 1
if r0 == 3415 goto +1
r1 += 1
if r0 == 3416 goto +1
r1 += 1
if r0 == 3417 goto +1
r1 += 1
if r0 == 3418 goto +1
r1 += 1
if r0 == 3419 goto +1
r1 += 1
if r0 == 3420 goto +1
r1 += 1
if r0 == 3421 goto +1
r1 += 1
if r0 == 3422 goto +1
r1 += 1
if r0 == 3423 goto +1
r1 += 1
if r0 == 3424 goto +1
r1 += 1
if r0 == 3425 goto +1
r1 += 1
if r0 == 3426 goto +1
r1 += 1
if r0 == 3427 goto +1
r1 += 1
if r0 == 3428 goto +1
r1 += 1
if r0 == 3429 goto +1
r1 += 1
if r0 == 3430 goto +1
r1 += 1
if r0 == 3431 goto +1
r1 += 1
if r0 == 3432 goto +1
r1 += 1
if r0 == 3433 goto +1
r1 += 1
if r0 == 3434 goto +1
r1 += 1
if r0 == 3435 goto +1
r1 += 1
if r0 == 3436 goto +1
r1 += 1
if r0 == 3437 goto +1
r1 += 1
if r0 == 3438 goto +1
r1 += 1
if r0 == 3439 goto +1
r1 += 1
if r0 == 3440 goto +1
r1 += 1
if r0 == 3441 goto +1
r1 += 1
if r0 == 3442 goto +1
r1 += 1
if r0 == 3443 goto +1
r1 += 1
if r0 == 3444 goto +1
r1 += 1
if r0 == 3445 goto +1
r1 += 1
if r0 == 3446 goto +1
r1 += 1
if r0 == 3447 goto +1
r1 += 1
if r0 == 3448 goto +1
r1 += 1
if r0 == 3449 goto +1
r1 += 1
if r0 == 3450 goto +1
r1 += 1
if r0 == 3451 goto +1
r1 += 1
if r0 == 3452 goto +1
r1 += 1
if r0 == 3453 goto +1
r1 += 1
if r0 == 3454 goto +1
r1 += 1
if r0 == 3455 goto +1
r1 += 1
if r0 == 3456 goto +1
r1 += 1
if r0 == 3457 goto +1
r1 += 1
if r0 == 3458 goto +1
r1 += 1
if r0 == 3459 goto +1
r1 += 1
if r0 == 3460 goto +1
r1 += 1
if r0 == 3461 goto +1
r1 += 1
if r0 == 3462 goto +1
r1 += 1
if r0 == 3463 goto +1
r1 += 1
if r0 == 3464 goto +1
r1 += 1
if r0 == 3465 goto +1
r1 += 1
if r0 == 3466 goto +1
r1 += 1
if r0 == 3467 goto +1
r1 += 1
if r0 == 3468 goto +1
r1 += 1
if r0 == 3469 goto +1
r1 += 1
if r0 == 3470 goto +1
r1 += 1
if r0 == 3471 goto +1
r1 += 1
if r0 == 3472 goto +1
r1 += 1
if r0 == 3473 goto +1
r1 += 1
if r0 == 3474 goto +1
r1 += 1
if r0 == 3475 goto +1
r1 += 1
if r0 == 3476 goto +1
r1 += 1
if r0 == 3477 goto +1
r1 += 1
if r0 == 3478 goto +1
r1 += 1
if r0 == 3479 goto +1
r1 += 1
if r0 == 3480 goto +1
r1 += 1
if r0 == 3481 goto +1
r1 += 1
if r0 == 3482 goto +1
r1 += 1
if r0 == 3483 goto +1
r1 += 1
if r0 == 3484 goto +1
r1 += 1
if r0 == 3485 goto +1
r1 += 1
if r0 == 3486 goto +1
r1 += 1
if r0 == 3487 goto +1
r1 += 1
if r0 == 3488 goto +1
r1 += 1
if r0 == 3489 goto +1
r1 += 1
if r0 == 3490 goto +1
r1 += 1
if r0 == 3491 goto +1
r1 += 1
if r0 == 3492 goto +1
r1 += 1
if r0 == 3493 goto +1
r1 += 1
if r0 == 3494 goto +1
r1 += 1
if r0 == 3495 goto +1
r1 += 1
if r0 == 3496 goto +1
r1 += 1
if r0 == 3497 goto +1
r1 += 1
if r0 == 3498 goto +1
r1 += 1
if r0 == 3499 goto +1
r1 += 1
if r0 == 3500 goto +1
r1 += 1
if r0 == 3501 goto +1
r1 += 1
if r0 == 3502 goto +1
r1 += 1
if r0 == 3503 goto +1
r1 += 1
if r0 == 3504 goto +1
r1 += 1
if r0 == 3505 goto +1
r1 += 1
if r0 == 3506 goto +1
r1 += 1
if r0 == 3507 goto +1
r1 += 1
if r0 == 3508 goto +1
r1 += 1
if r0 == 3509 goto +1
r1 += 1
if r0 == 3510 goto +1
r1 += 1
if r0 == 3511 goto +1
r1 += 1
if r0 == 3512 goto +1
r1 += 1
if r0 == 3513 goto +1
r1 += 1
if r0 == 3514 goto +1
r1 += 1
if r0 == 3515 goto +1
r1 += 1
if r0 == 3516 goto +1
r1 += 1
if r0 == 3517 goto +1
r1 += 1
if r0 == 3518 goto +1
r1 += 1
if r0 == 3519 goto +1
r1 += 1
if r0 == 3520 goto +1
r1 += 1
if r0 == 3521 goto +1
r1 += 1
if r0 == 3522 goto +1
r1 += 1
if r0 == 3523 goto +1
r1 += 1
if r0 == 3524 goto +1
r1 += 1
if r0 == 3525 goto +1
r1 += 1
if r0 == 3526 goto +1
r1 += 1
if r0 == 3527 goto +1
r1 += 1
if r0 == 3528 goto +1
r1 += 1
if r0 == 3529 goto +1
r1 += 1
if r0 == 3530 goto +1
r1 += 1
if r0 == 3531 goto +1
r1 += 1
if r0 == 3532 goto +1
r1 += 1
if r0 == 3533 goto +1
r1 += 1
if r0 == 3534 goto +1
r1 += 1
if r0 == 3535 goto +1
r1 += 1
if r0 == 3536 goto +1
r1 += 1
if r0 == 3537 goto +1
r1 += 1
if r0 == 3538 goto +1
r1 += 1
if r0 == 3539 goto +1
r1 += 1
if r0 == 3540 goto +1
r1 += 1
if r0 == 3541 goto +1
r1 += 1
if r0 == 3542 goto +1
r1 += 1
if r0 == 3543 goto +1
r1 += 1
if r0 == 3544 goto +1
r1 += 1
if r0 == 3545 goto +1
r1 += 1
if r0 == 3546 goto +1
r1 += 1
if r0 == 3547 goto +1
r1 += 1
if r0 == 3548 goto +1
r1 += 1
if r0 == 3549 goto +1
r1 += 1
if r0 == 3550 goto +1
r1 += 1
if r0 == 3551 goto +1
r1 += 1
if r0 == 3552 goto +1
r1 += 1
if r0 == 3553 goto +1
r1 += 1
if r0 == 3554 goto +1
r1 += 1
if r0 == 3555 goto +1
r1 += 1
if r0 == 3556 goto +1
r1 += 1
if r0 == 3557 goto +1
r1 += 1
if r0 == 3558 goto +1
r1 += 1
if r0 == 3559 goto +1
r1 += 1
if r0 == 3560 goto +1
r1 += 1
if r0 == 3561 goto +1
r1 += 1
if r0 == 3562 goto +1
r1 += 1
if r0 == 3563 goto +1
r1 += 1
if r0 == 3564 goto +1
r1 += 1
if r0 == 3565 goto +1
r1 += 1
if r0 == 3566 goto +1
r1 += 1
if r0 == 3567 goto +1
r1 += 1
if r0 == 3568 goto +1
r1 += 1
if r0 == 3569 goto +1
r1 += 1
if r0 == 3570 goto +1
r1 += 1
if r0 == 3571 goto +1
r1 += 1
if r0 == 3572 goto +1
r1 += 1
if r0 == 3573 goto +1
r1 += 1
if r0 == 3574 goto +1
r1 += 1
if r0 == 3575 goto +1
r1 += 1
if r0 == 3576 goto +1
r1 += 1
if r0 == 3577 goto +1
r1 += 1
if r0 == 3578 goto +1
r1 += 1
if r0 == 3579 goto +1
r1 += 1
if r0 == 3580 goto +1
r1 += 1
if r0 == 3581 goto +1
r1 += 1
if r0 == 3582 goto +1
r1 += 1
if r0 == 3583 goto +1
r1 += 1
if r0 == 3584 goto +1
r1 += 1
if r0 == 3585 goto +1
r1 += 1
if r0 == 3586 goto +1
r1 += 1
if r0 == 3587 goto +1
r1 += 1
if r0 == 3588 goto +1
r1 += 1
if r0 == 3589 goto +1
r1 += 1
if r0 == 3590 goto +1
r1 += 1
if r0 == 3591 goto +1
r1 += 1
if r0 == 3592 goto +1
r1 += 1
if r0 == 3593 goto +1
r1 += 1
if r0 == 3594 goto +1
r1 += 1
if r0 == 3595 goto +1
r1 += 1
if r0 == 3596 goto +1
r1 += 1
if r0 == 3597 goto +1
r1 += 1
if r0 == 3598 goto +1
r1 += 1
if r0 == 3599 goto +1
r1 += 1
if r0 == 3600 goto +1
r1 += 1
if r0 == 3601 goto +1
r1 += 1
if r0 == 3602 goto +1
r1 += 1
if r0 == 3603 goto +1
r1 += 1
if r0 == 3604 goto +1
r1 += 1
if r0 == 3605 goto +1
r1 += 1
if r0 == 3606 goto +1
r1 += 1
if r0 == 3607 goto +1
r1 += 1
if r0 == 3608 goto +1
r1 += 1
if r0 == 3609 goto +1
r1 += 1
if r0 == 3610 goto +1
r1 += 1
if r0 == 3611 goto +1
r1 += 1
if r0 == 3612 goto +1
r1 += 1
if r0 == 3613 goto +1
r1 += 1
if r0 == 3614 goto +1
r1 += 1
if r0 == 3615 goto +1
r1 += 1
if r0 == 3616 goto +1
r1 += 1
if r0 == 3617 goto +1
r1 += 1
if r0 == 3618 goto +1
r1 += 1
if r0 == 3619 goto +1
r1 += 1
if r0 == 3620 goto +1
r1 += 1
if r0 == 3621 goto +1
r1 += 1
if r0 == 3622 goto +1
r1 += 1
if r0 == 3623 goto +1
r1 += 1
if r0 == 3624 goto +1
r1 += 1
if r0 == 3625 goto +1
r1 += 1
if r0 == 3626 goto +1
r1 += 1
if r0 == 3627 goto +1
r1 += 1
if r0 == 3628 goto +1
r1 += 1
if r0 == 3629 goto +1
r1 += 1
if r0 == 3630 goto +1
r1 += 1
if r0 == 3631 goto +1
r1 += 1
if r0 == 3632 goto +1
r1 += 1
if r0 == 3633 goto +1
r1 += 1
if r0 == 3634 goto +1
r1 += 1
if r0 == 3635 goto +1
r1 += 1
if r0 == 3636 goto +1
r1 += 1
if r0 == 3637 goto +1
r1 += 1
if r0 == 3638 goto +1
r1 += 1
if r0 == 3639 goto +1
r1 += 1
if r0 == 3640 goto +1
r1 += 1
if r0 == 3641 goto +1
r1 += 1
if r0 == 3642 goto +1
r1 += 1
if r0 == 3643 goto +1
r1 += 1
if r0 == 3644 goto +1
r1 += 1
if r0 == 3645 goto +1
r1 += 1
if r0 == 3646 goto +1
r1 += 1
if r0 == 3647 goto +1
r1 += 1
if r0 == 3648 goto +1
r1 += 1
if r0 == 3649 goto +1
r1 += 1
if r0 == 3650 goto +1
r1 += 1
if r0 == 3651 goto +1
r1 += 1
if r0 == 3652 goto +1
r1 += 1
if r0 == 3653 goto +1
r1 += 1
if r0 == 3654 goto +1
r1 += 1
if r0 == 3655 goto +1
r1 += 1
if r0 == 3656 goto +1
r1 += 1
if r0 == 3657 goto +1
r1 += 1
if r0 == 3658 goto +1
r1 += 1
if r0 == 3659 goto +1
r1 += 1
if r0 == 3660 goto +1
r1 += 1
if r0 == 3661 goto +1
r1 += 1
if r0 == 3662 goto +1
r1 += 1
if r0 == 3663 goto +1
r1 += 1
if r0 == 3664 goto +1
r1 += 1
if r0 == 3665 goto +1
r1 += 1
if r0 == 3666 goto +1
r1 += 1
if r0 == 3667 goto +1
r1 += 1
if r0 == 3668 goto +1
r1 += 1
if r0 == 3669 goto +1
r1 += 1
if r0 == 3670 goto +1
r1 += 1
if r0 == 3671 goto +1
r1 += 1
if r0 == 3672 goto +1
r1 += 1
if r0 == 3673 goto +1
r1 += 1
if r0 == 3674 goto +1
r1 += 1
if r0 == 3675 goto +1
r1 += 1
if r0 == 3676 goto +1
r1 += 1
if r0 == 3677 goto +1
r1 += 1
if r0 == 3678 goto +1
r1 += 1
if r0 == 3679 goto +1
r1 += 1
if r0 == 3680 goto +1
r1 += 1
if r0 == 3681 goto +1
r1 += 1
if r0 == 3682 goto +1
r1 += 1
if r0 == 3683 goto +1
r1 += 1
if r0 == 3684 goto +1
r1 += 1
if r0 == 3685 goto +1
r1 += 1
if r0 == 3686 goto +1
r1 += 1
if r0 == 3687 goto +1
r1 += 1
if r0 == 3688 goto +1
r1 += 1
if r0 == 3689 goto +1
r1 += 1
if r0 == 3690 goto +1
r1 += 1
if r0 == 3691 goto +1
r1 += 1
if r0 == 3692 goto +1
r1 += 1
if r0 == 3693 goto +1
r1 += 1
if r0 == 3694 goto +1
r1 += 1
if r0 == 3695 goto +1
r1 += 1
if r0 == 3696 goto +1
r1 += 1
if r0 == 3697 goto +1
r1 += 1
if r0 == 3698 goto +1
r1 += 1
if r0 == 3699 goto +1
r1 += 1
if r0 == 3700 goto +1
r1 += 1
if r0 == 3701 goto +1
r1 += 1
if r0 == 3702 goto +1
r1 += 1
if r0 == 3703 goto +1
r1 += 1
if r0 == 3704 goto +1
r1 += 1
if r0 == 3705 goto +1
r1 += 1
if r0 == 3706 goto +1
r1 += 1
if r0 == 3707 goto +1
r1 += 1
if r0 == 3708 goto +1
r1 += 1
if r0 == 3709 goto +1
r1 += 1
if r0 == 3710 goto +1
r1 += 1
if r0 == 3711 goto +1
r1 += 1
if r0 == 3712 goto +1
r1 += 1
if r0 == 3713 goto +1
r1 += 1
if r0 == 3714 goto +1
r1 += 1
if r0 == 3715 goto +1
r1 += 1
if r0 == 3716 goto +1
r1 += 1
if r0 == 3717 goto +1
r1 += 1
if r0 == 3718 goto +1
r1 += 1
if r0 == 3719 goto +1
r1 += 1
if r0 == 3720 goto +1
r1 += 1
if r0 == 3721 goto +1
r1 += 1
if r0 == 3722 goto +1
r1 += 1
if r0 == 3723 goto +1
r1 += 1
if r0 == 3724 goto +1
r1 += 1
if r0 == 3725 goto +1
r1 += 1
if r0 == 3726 goto +1
r1 += 1
if r0 == 3727 goto +1
r1 += 1
if r0 == 3728 goto +1
r1 += 1
if r0 == 3729 goto +1
r1 += 1
if r0 == 3730 goto +1
r1 += 1
if r0 == 3731 goto +1
r1 += 1
if r0 == 3732 goto +1
r1 += 1
if r0 == 3733 goto +1
r1 += 1
if r0 == 3734 goto +1
r1 += 1
if r0 == 3735 goto +1
r1 += 1
if r0 == 3736 goto +1
r1 += 1
if r0 == 3737 goto +1
r1 += 1
if r0 == 3738 goto +1
r1 += 1
if r0 == 3739 goto +1
r1 += 1
if r0 == 3740 goto +1
r1 += 1
if r0 == 3741 goto +1
r1 += 1
if r0 == 3742 goto +1
r1 += 1
if r0 == 3743 goto +1
r1 += 1
if r0 == 3744 goto +1
r1 += 1
if r0 == 3745 goto +1
r1 += 1
if r0 == 3746 goto +1
r1 += 1
if r0 == 3747 goto +1
r1 += 1
if r0 == 3748 goto +1
r1 += 1
if r0 == 3749 goto +1
r1 += 1
if r0 == 3750 goto +1
r1 += 1
if r0 == 3751 goto +1
r1 += 1
if r0 == 3752 goto +1
r1 += 1
if r0 == 3753 goto +1
r1 += 1
if r0 == 3754 goto +1
r1 += 1
if r0 == 3755 goto +1
r1 += 1
if r0 == 3756 goto +1
r1 += 1
if r0 == 3757 goto +1
r1 += 1
if r0 == 3758 goto +1
r1 += 1
if r0 == 3759 goto +1
r1 += 1
if r0 == 3760 goto +1
r1 += 1
if r0 == 3761 goto +1
r1 += 1
if r0 == 3762 goto +1
r1 += 1
if r0 == 3763 goto +1
r1 += 1
if r0 == 3764 goto +1
r1 += 1
if r0 == 3765 goto +1
r1 += 1
if r0 == 3766 goto +1
r1 += 1
if r0 == 3767 goto +1
r1 += 1
if r0 == 3768 goto +1
r1 += 1
if r0 == 3769 goto +1
r1 += 1
if r0 == 3770 goto +1
r1 += 1
if r0 == 3771 goto +1
r1 += 1
if r0 == 3772 goto +1
r1 += 1
if r0 == 3773 goto +1
r1 += 1
if r0 == 3774 goto +1
r1 += 1
if r0 == 3775 goto +1
r1 += 1
if r0 == 3776 goto +1
r1 += 1
if r0 == 3777 goto +1
r1 += 1
if r0 == 3778 goto +1
r1 += 1
if r0 == 3779 goto +1
r1 += 1
if r0 == 3780 goto +1
r1 += 1
if r0 == 3781 goto +1
r1 += 1
if r0 == 3782 goto +1
r1 += 1
if r0 == 3783 goto +1
r1 += 1
if r0 == 3784 goto +1
r1 += 1
if r0 == 3785 goto +1
r1 += 1
if r0 == 3786 goto +1
r1 += 1
if r0 == 3787 goto +1
r1 += 1
if r0 == 3788 goto +1
r1 += 1
if r0 == 3789 goto +1
r1 += 1
if r0 == 3790 goto +1
r1 += 1
if r0 == 3791 goto +1
r1 += 1
if r0 == 3792 goto +1
r1 += 1
if r0 == 3793 goto +1
r1 += 1
if r0 == 3794 goto +1
r1 += 1
if r0 == 3795 goto +1
r1 += 1
if r0 == 3796 goto +1
r1 += 1
if r0 == 3797 goto +1
r1 += 1
if r0 == 3798 goto +1
r1 += 1
if r0 == 3799 goto +1
r1 += 1
if r0 == 3800 goto +1
r1 += 1
if r0 == 3801 goto +1
r1 += 1
if r0 == 3802 goto +1
r1 += 1
if r0 == 3803 goto +1
r1 += 1
if r0 == 3804 goto +1
r1 += 1
if r0 == 3805 goto +1
r1 += 1
if r0 == 3806 goto +1
r1 += 1
if r0 == 3807 goto +1
r1 += 1
if r0 == 3808 goto +1
r1 += 1
if r0 == 3809 goto +1
r1 += 1
if r0 == 3810 goto +1
r1 += 1
if r0 == 3811 goto +1
r1 += 1
if r0 == 3812 goto +1
r1 += 1
if r0 == 3813 goto +1
r1 += 1
if r0 == 3814 goto +1
r1 += 1
if r0 == 3815 goto +1
r1 += 1
if r0 == 3816 goto +1
r1 += 1
if r0 == 3817 goto +1
r1 += 1
if r0 == 3818 goto +1
r1 += 1
if r0 == 3819 goto +1
r1 += 1
if r0 == 3820 goto +1
r1 += 1
if r0 == 3821 goto +1
r1 += 1
if r0 == 3822 goto +1
r1 += 1
if r0 == 3823 goto +1
r1 += 1
if r0 == 3824 goto +1
r1 += 1
if r0 == 3825 goto +1
r1 += 1
if r0 == 3826 goto +1
r1 += 1
if r0 == 3827 goto +1
r1 += 1
if r0 == 3828 goto +1
r1 += 1
if r0 == 3829 goto +1
r1 += 1
if r0 == 3830 goto +1
r1 += 1
if r0 == 3831 goto +1
r1 += 1
if r0 == 3832 goto +1
r1 += 1
if r0 == 3833 goto +1
r1 += 1
if r0 == 3834 goto +1
r1 += 1
if r0 == 3835 goto +1
r1 += 1
if r0 == 3836 goto +1
r1 += 1
if r0 == 3837 goto +1
r1 += 1
if r0 == 3838 goto +1
r1 += 1
if r0 == 3839 goto +1
r1 += 1
if r0 == 3840 goto +1
r1 += 1
if r0 == 3841 goto +1
r1 += 1
if r0 == 3842 goto +1
r1 += 1
if r0 == 3843 goto +1
r1 += 1
if r0 == 3844 goto +1
r1 += 1
if r0 == 3845 goto +1
r1 += 1
if r0 == 3846 goto +1
r1 += 1
if r0 == 3847 goto +1
r1 += 1
if r0 == 3848 goto +1
r1 += 1
if r0 == 3849 goto +1
r1 += 1
if r0 == 3850 goto +1
r1 += 1
if r0 == 3851 goto +1
r1 += 1
if r0 == 3852 goto +1
r1 += 1
if r0 == 3853 goto +1
r1 += 1
if r0 == 3854 goto +1
r1 += 1
if r0 == 3855 goto +1
r1 += 1
if r0 == 3856 goto +1
r1 += 1
if r0 == 3857 goto +1
r1 += 1
if r0 == 3858 goto +1
r1 += 1
if r0 == 3859 goto +1
r1 += 1
if r0 == 3860 goto +1
r1 += 1
if r0 == 3861 goto +1
r1 += 1
if r0 == 3862 goto +1
r1 += 1
if r0 == 3863 goto +1
r1 += 1
if r0 == 3864 goto +1
r1 += 1
if r0 == 3865 goto +1
r1 += 1
if r0 == 3866 goto +1
r1 += 1
if r0 == 3867 goto +1
r1 += 1
if r0 == 3868 goto +1
r1 += 1
if r0 == 3869 goto +1
r1 += 1
if r0 == 3870 goto +1
r1 += 1
if r0 == 3871 goto +1
r1 += 1
if r0 == 3872 goto +1
r1 += 1
if r0 == 3873 goto +1
r1 += 1
if r0 == 3874 goto +1
r1 += 1
if r0 == 3875 goto +1
r1 += 1
if r0 == 3876 goto +1
r1 += 1
if r0 == 3877 goto +1
r1 += 1
if r0 == 3878 goto +1
r1 += 1
if r0 == 3879 goto +1
r1 += 1
if r0 == 3880 goto +1
r1 += 1
if r0 == 3881 goto +1
r1 += 1
if r0 == 3882 goto +1
r1 += 1
if r0 == 3883 goto +1
r1 += 1
if r0 == 3884 goto +1
r1 += 1
if r0 == 3885 goto +1
r1 += 1
if r0 == 3886 goto +1
r1 += 1
if r0 == 3887 goto +1
r1 += 1
if r0 == 3888 goto +1
r1 += 1
if r0 == 3889 goto +1
r1 += 1
if r0 == 3890 goto +1
r1 += 1
if r0 == 3891 goto +1
r1 += 1
if r0 == 3892 goto +1
r1 += 1
if r0 == 3893 goto +1
r1 += 1
if r0 == 3894 goto +1
r1 += 1
if r0 == 3895 goto +1
r1 += 1
if r0 == 3896 goto +1
r1 += 1
if r0 == 3897 goto +1
r1 += 1
if r0 == 3898 goto +1
r1 += 1
if r0 == 3899 goto +1
r1 += 1
if r0 == 3900 goto +1
r1 += 1
if r0 == 3901 goto +1
r1 += 1
if r0 == 3902 goto +1
r1 += 1
if r0 == 3903 goto +1
r1 += 1
if r0 == 3904 goto +1
r1 += 1
if r0 == 3905 goto +1
r1 += 1
if r0 == 3906 goto +1
r1 += 1
if r0 == 3907 goto +1
r1 += 1
if r0 == 3908 goto +1
r1 += 1
if r0 == 3909 goto +1
r1 += 1
if r0 == 3910 goto +1
r1 += 1
if r0 == 3911 goto +1
r1 += 1
if r0 == 3912 goto +1
r1 += 1
if r0 == 3913 goto +1
r1 += 1
if r0 == 3914 goto +1
r1 += 1
if r0 == 3915 goto +1
r1 += 1
if r0 == 3916 goto +1
r1 += 1
if r0 == 3917 goto +1
r1 += 1
if r0 == 3918 goto +1
r1 += 1
if r0 == 3919 goto +1
r1 += 1
if r0 == 3920 goto +1
r1 += 1
if r0 == 3921 goto +1
r1 += 1
if r0 == 3922 goto +1
r1 += 1
if r0 == 3923 goto +1
r1 += 1
if r0 == 3924 goto +1
r1 += 1
if r0 == 3925 goto +1
r1 += 1
if r0 == 3926 goto +1
r1 += 1
if r0 == 3927 goto +1
r1 += 1
if r0 == 3928 goto +1
r1 += 1
if r0 == 3929 goto +1
r1 += 1
if r0 == 3930 goto +1
r1 += 1
if r0 == 3931 goto +1
r1 += 1
if r0 == 3932 goto +1
r1 += 1
if r0 == 3933 goto +1
r1 += 1
if r0 == 3934 goto +1
r1 += 1
if r0 == 3935 goto +1
r1 += 1
if r0 == 3936 goto +1
r1 += 1
if r0 == 3937 goto +1
r1 += 1
if r0 == 3938 goto +1
r1 += 1
if r0 == 3939 goto +1
r1 += 1
if r0 == 3940 goto +1
r1 += 1
if r0 == 3941 goto +1
r1 += 1
if r0 == 3942 goto +1
r1 += 1
if r0 == 3943 goto +1
r1 += 1
if r0 == 3944 goto +1
r1 += 1
if r0 == 3945 goto +1
r1 += 1
if r0 == 3946 goto +1
r1 += 1
if r0 == 3947 goto +1
r1 += 1
if r0 == 3948 goto +1
r1 += 1
if r0 == 3949 goto +1
r1 += 1
if r0 == 3950 goto +1
r1 += 1
if r0 == 3951 goto +1
r1 += 1
if r0 == 3952 goto +1
r1 += 1
if r0 == 3953 goto +1
r1 += 1
if r0 == 3954 goto +1
r1 += 1
if r0 == 3955 goto +1
r1 += 1
if r0 == 3956 goto +1
r1 += 1
if r0 == 3957 goto +1
r1 += 1
if r0 == 3958 goto +1
r1 += 1
if r0 == 3959 goto +1
r1 += 1
if r0 == 3960 goto +1
r1 += 1
if r0 == 3961 goto +1
r1 += 1
if r0 == 3962 goto +1
r1 += 1
if r0 == 3963 goto +1
r1 += 1
if r0 == 3964 goto +1
r1 += 1
if r0 == 3965 goto +1
r1 += 1
if r0 == 3966 goto +1
r1 += 1
if r0 == 3967 goto +1
r1 += 1
if r0 == 3968 goto +1
r1 += 1
if r0 == 3969 goto +1
r1 += 1
if r0 == 3970 goto +1
r1 += 1
if r0 == 3971 goto +1
r1 += 1
if r0 == 3972 goto +1
r1 += 1
if r0 == 3973 goto +1
r1 += 1
if r0 == 3974 goto +1
r1 += 1
if r0 == 3975 goto +1
r1 += 1
if r0 == 3976 goto +1
r1 += 1
if r0 == 3977 goto +1
r1 += 1
if r0 == 3978 goto +1
r1 += 1
if r0 == 3979 goto +1
r1 += 1
if r0 == 3980 goto +1
r1 += 1
if r0 == 3981 goto +1
r1 += 1
if r0 == 3982 goto +1
r1 += 1
if r0 == 3983 goto +1
r1 += 1
if r0 == 3984 goto +1
r1 += 1
if r0 == 3985 goto +1
r1 += 1
if r0 == 3986 goto +1
r1 += 1
if r0 == 3987 goto +1
r1 += 1
if r0 == 3988 goto +1
r1 += 1
if r0 == 3989 goto +1
r1 += 1
if r0 == 3990 goto +1
r1 += 1
if r0 == 3991 goto +1
r1 += 1
if r0 == 3992 goto +1
r1 += 1
if r0 == 3993 goto +1
r1 += 1
if r0 == 3994 goto +1
r1 += 1
if r0 == 3995 goto +1
r1 += 1
if r0 == 3996 goto +1
r1 += 1
if r0 == 3997 goto +1
r1 += 1
if r0 == 3998 goto +1
r1 += 1
if r0 == 3999 goto +1
r1 += 1
if r0 == 4000 goto +1
r1 += 1
if r0 == 4001 goto +1
r1 += 1
if r0 == 4002 goto +1
r1 += 1
if r0 == 4003 goto +1
r1 += 1
if r0 == 4004 goto +1
r1 += 1
if r0 == 4005 goto +1
r1 += 1
if r0 == 4006 goto +1
r1 += 1
if r0 == 4007 goto +1
r1 += 1
if r0 == 4008 goto +1
r1 += 1
if r0 == 4009 goto +1
r1 += 1
if r0 == 4010 goto +1
r1 += 1
if r0 == 4011 goto +1
r1 += 1
if r0 == 4012 goto +1
r1 += 1
if r0 == 4013 goto +1
r1 += 1
if r0 == 4014 goto +1
r1 += 1
if r0 == 4015 goto +1
r1 += 1
if r0 == 4016 goto +1
r1 += 1
if r0 == 4017 goto +1
r1 += 1
if r0 == 4018 goto +1
r1 += 1
if r0 == 4019 goto +1
r1 += 1
if r0 == 4020 goto +1
r1 += 1
if r0 == 4021 goto +1
r1 += 1
if r0 == 4022 goto +1
r1 += 1
if r0 == 4023 goto +1
r1 += 1
if r0 == 4024 goto +1
r1 += 1
if r0 == 4025 goto +1
r1 += 1
if r0 == 4026 goto +1
r1 += 1
if r0 == 4027 goto +1
r1 += 1
if r0 == 4028 goto +1
r1 += 1
if r0 == 4029 goto +1
r1 += 1
if r0 == 4030 goto +1
r1 += 1
if r0 == 4031 goto +1
r1 += 1
if r0 == 4032 goto +1
r1 += 1
if r0 == 4033 goto +1
r1 += 1
if r0 == 4034 goto +1
r1 += 1
if r0 == 4035 goto +1
r1 += 1
if r0 == 4036 goto +1
r1 += 1
if r0 == 4037 goto +1
r1 += 1
if r0 == 4038 goto +1
r1 += 1
if r0 == 4039 goto +1
r1 += 1
if r0 == 4040 goto +1
r1 += 1
if r0 == 4041 goto +1
r1 += 1
if r0 == 4042 goto +1
r1 += 1
if r0 == 4043 goto +1
r1 += 1
if r0 == 4044 goto +1
r1 += 1
if r0 == 4045 goto +1
r1 += 1
if r0 == 4046 goto +1
r1 += 1
if r0 == 4047 goto +1
r1 += 1
if r0 == 4048 goto +1
r1 += 1
if r0 == 4049 goto +1
r1 += 1
if r0 == 4050 goto +1
r1 += 1
if r0 == 4051 goto +1
r1 += 1
if r0 == 4052 goto +1
r1 += 1
if r0 == 4053 goto +1
r1 += 1
if r0 == 4054 goto +1
r1 += 1
if r0 == 4055 goto +1
r1 += 1
if r0 == 4056 goto +1
r1 += 1
if r0 == 4057 goto +1
r1 += 1
if r0 == 4058 goto +1
r1 += 1
if r0 == 4059 goto +1
r1 += 1
if r0 == 4060 goto +1
r1 += 1
if r0 == 4061 goto +1
r1 += 1
if r0 == 4062 goto +1
r1 += 1
if r0 == 4063 goto +1
r1 += 1
if r0 == 4064 goto +1
r1 += 1
if r0 == 4065 goto +1
r1 += 1
if r0 == 4066 goto +1
r1 += 1
if r0 == 4067 goto +1
r1 += 1
if r0 == 4068 goto +1
r1 += 1
if r0 == 4069 goto +1
r1 += 1
if r0 == 4070 goto +1
r1 += 1
if r0 == 4071 goto +1
r1 += 1
if r0 == 4072 goto +1
r1 += 1
if r0 == 4073 goto +1
r1 += 1
if r0 == 4074 goto +1
r1 += 1
if r0 == 4075 goto +1
r1 += 1
if r0 == 4076 goto +1
r1 += 1
if r0 == 4077 goto +1
r1 += 1
if r0 == 4078 goto +1
r1 += 1
if r0 == 4079 goto +1
r1 += 1
if r0 == 4080 goto +1
r1 += 1
if r0 == 4081 goto +1
r1 += 1
if r0 == 4082 goto +1
r1 += 1
if r0 == 4083 goto +1
r1 += 1
if r0 == 4084 goto +1
r1 += 1
if r0 == 4085 goto +1
r1 += 1
if r0 == 4086 goto +1
r1 += 1
if r0 == 4087 goto +1
r1 += 1
if r0 == 4088 goto +1
r1 += 1
if r0 == 4089 goto +1
r1 += 1
if r0 == 4090 goto +1
r1 += 1
if r0 == 4091 goto +1
r1 += 1
if r0 == 4092 goto +1
r1 += 1
if r0 == 4093 goto +1
r1 += 1
if r0 == 4094 goto +1
r1 += 1
if r0 == 4095 goto +1
r1 += 1
if r0 == 4096 goto +1
r1 += 1
if r0 == 4097 goto +1
r1 += 1
if r0 == 4098 goto +1
r1 += 1
if r0 == 4099 goto +1
r1 += 1
if r0 == 4100 goto +1
r1 += 1
if r0 == 4101 goto +1
r1 += 1
if r0 == 4102 goto +1
r1 += 1
if r0 == 4103 goto +1
r1 += 1
if r0 == 4104 goto +1
r1 += 1
if r0 == 4105 goto +1
r1 += 1
if r0 == 4106 goto +1
r1 += 1
if r0 == 4107 goto +1
r1 += 1
if r0 == 4108 goto +1
r1 += 1
if r0 == 4109 goto +1
r1 += 1
if r0 == 4110 goto +1
r1 += 1
if r0 == 4111 goto +1
r1 += 1
if r0 == 4112 goto +1
r1 += 1
if r0 == 4113 goto +1
r1 += 1
if r0 == 4114 goto +1
r1 += 1
if r0 == 4115 goto +1
r1 += 1
if r0 == 4116 goto +1
r1 += 1
if r0 == 4117 goto +1
r1 += 1
if r0 == 4118 goto +1
r1 += 1
if r0 == 4119 goto +1
r1 += 1
if r0 == 4120 goto +1
r1 += 1
if r0 == 4121 goto +1
r1 += 1
if r0 == 4122 goto +1
r1 += 1
if r0 == 4123 goto +1
r1 += 1
if r0 == 4124 goto +1
r1 += 1
if r0 == 4125 goto +1
r1 += 1
if r0 == 4126 goto +1
r1 += 1
if r0 == 4127 goto +1
r1 += 1
if r0 == 4128 goto +1
r1 += 1
if r0 == 4129 goto +1
r1 += 1
if r0 == 4130 goto +1
r1 += 1
if r0 == 4131 goto +1
r1 += 1
if r0 == 4132 goto +1
r1 += 1
if r0 == 4133 goto +1
r1 += 1
if r0 == 4134 goto +1
r1 += 1
if r0 == 4135 goto +1
r1 += 1
if r0 == 4136 goto +1
r1 += 1
if r0 == 4137 goto +1
r1 += 1
if r0 == 4138 goto +1
r1 += 1
if r0 == 4139 goto +1
r1 += 1
if r0 == 4140 goto +1
r1 += 1
if r0 == 4141 goto +1
r1 += 1
if r0 == 4142 goto +1
r1 += 1
if r0 == 4143 goto +1
r1 += 1
if r0 == 4144 goto +1
r1 += 1
if r0 == 4145 goto +1
r1 += 1
if r0 == 4146 goto +1
r1 += 1
if r0 == 4147 goto +1
r1 += 1
if r0 == 4148 goto +1
r1 += 1
if r0 == 4149 goto +1
r1 += 1
if r0 == 4150 goto +1
r1 += 1
if r0 == 4151 goto +1
r1 += 1
if r0 == 4152 goto +1
r1 += 1
if r0 == 4153 goto +1
r1 += 1
if r0 == 4154 goto +1
r1 += 1
if r0 == 4155 goto +1
r1 += 1
if r0 == 4156 goto +1
r1 += 1
if r0 == 4157 goto +1
r1 += 1
if r0 == 4158 goto +1
r1 += 1
if r0 == 4159 goto +1
r1 += 1
if r0 == 4160 goto +1
r1 += 1
if r0 == 4161 goto +1
r1 += 1
if r0 == 4162 goto +1
r1 += 1
if r0 == 4163 goto +1
r1 += 1
if r0 == 4164 goto +1
r1 += 1
if r0 == 4165 goto +1
r1 += 1
if r0 == 4166 goto +1
r1 += 1
if r0 == 4167 goto +1
r1 += 1
if r0 == 4168 goto +1
r1 += 1
if r0 == 4169 goto +1
r1 += 1
if r0 == 4170 goto +1
r1 += 1
if r0 == 4171 goto +1
r1 += 1
if r0 == 4172 goto +1
r1 += 1
if r0 == 4173 goto +1
r1 += 1
if r0 == 4174 goto +1
r1 += 1
if r0 == 4175 goto +1
r1 += 1
if r0 == 4176 goto +1
r1 += 1
if r0 == 4177 goto +1
r1 += 1
if r0 == 4178 goto +1
r1 += 1
if r0 == 4179 goto +1
r1 += 1
if r0 == 4180 goto +1
r1 += 1
if r0 == 4181 goto +1
r1 += 1
if r0 == 4182 goto +1
r1 += 1
if r0 == 4183 goto +1
r1 += 1
if r0 == 4184 goto +1
r1 += 1
if r0 == 4185 goto +1
r1 += 1
if r0 == 4186 goto +1
r1 += 1
if r0 == 4187 goto +1
r1 += 1
if r0 == 4188 goto +1
r1 += 1
if r0 == 4189 goto +1
r1 += 1
if r0 == 4190 goto +1
r1 += 1
if r0 == 4191 goto +1
r1 += 1
if r0 == 4192 goto +1
r1 += 1
if r0 == 4193 goto +1
r1 += 1
if r0 == 4194 goto +1
r1 += 1
if r0 == 4195 goto +1
r1 += 1
if r0 == 4196 goto +1
r1 += 1
if r0 == 4197 goto +1
r1 += 1
if r0 == 4198 goto +1
r1 += 1
if r0 == 4199 goto +1
r1 += 1
if r0 == 4200 goto +1
r1 += 1
if r0 == 4201 goto +1
r1 += 1
if r0 == 4202 goto +1
r1 += 1
if r0 == 4203 goto +1
r1 += 1
if r0 == 4204 goto +1
r1 += 1
if r0 == 4205 goto +1
r1 += 1
if r0 == 4206 goto +1
r1 += 1
if r0 == 4207 goto +1
r1 += 1
if r0 == 4208 goto +1
r1 += 1
if r0 == 4209 goto +1
r1 += 1
if r0 == 4210 goto +1
r1 += 1
if r0 == 4211 goto +1
r1 += 1
if r0 == 4212 goto +1
r1 += 1
if r0 == 4213 goto +1
r1 += 1
if r0 == 4214 goto +1
r1 += 1
if r0 == 4215 goto +1
r1 += 1
if r0 == 4216 goto +1
r1 += 1
if r0 == 4217 goto +1
r1 += 1
if r0 == 4218 goto +1
r1 += 1
if r0 == 4219 goto +1
r1 += 1
if r0 == 4220 goto +1
r1 += 1
if r0 == 4221 goto +1
r1 += 1
if r0 == 4222 goto +1
r1 += 1
if r0 == 4223 goto +1
r1 += 1
if r0 == 4224 goto +1
r1 += 1
if r0 == 4225 goto +1
r1 += 1
if r0 == 4226 goto +1
r1 += 1
if r0 == 4227 goto +1
r1 += 1
if r0 == 4228 goto +1
r1 += 1
if r0 == 4229 goto +1
r1 += 1
if r0 == 4230 goto +1
r1 += 1
if r0 == 4231 goto +1
r1 += 1
if r0 == 4232 goto +1
r1 += 1
if r0 == 4233 goto +1
r1 += 1
if r0 == 4234 goto +1
r1 += 1
if r0 == 4235 goto +1
r1 += 1
if r0 == 4236 goto +1
r1 += 1
if r0 == 4237 goto +1
r1 += 1
if r0 == 4238 goto +1
r1 += 1
if r0 == 4239 goto +1
r1 += 1
if r0 == 4240 goto +1
r1 += 1
if r0 == 4241 goto +1
r1 += 1
if r0 == 4242 goto +1
r1 += 1
if r0 == 4243 goto +1
r1 += 1
if r0 == 4244 goto +1
r1 += 1
if r0 == 4245 goto +1
r1 += 1
if r0 == 4246 goto +1
r1 += 1
if r0 == 4247 goto +1
r1 += 1
if r0 == 4248 goto +1
r1 += 1
if r0 == 4249 goto +1
r1 += 1
if r0 == 4250 goto +1
r1 += 1
if r0 == 4251 goto +1
r1 += 1
if r0 == 4252 goto +1
r1 += 1
if r0 == 4253 goto +1
r1 += 1
if r0 == 4254 goto +1
r1 += 1
if r0 == 4255 goto +1
r1 += 1
if r0 == 4256 goto +1
r1 += 1
if r0 == 4257 goto +1
r1 += 1
if r0 == 4258 goto +1
r1 += 1
if r0 == 4259 goto +1
r1 += 1
if r0 == 4260 goto +1
r1 += 1
if r0 == 4261 goto +1
r1 += 1
if r0 == 4262 goto +1
r1 += 1
if r0 == 4263 goto +1
r1 += 1
if r0 == 4264 goto +1
r1 += 1
if r0 == 4265 goto +1
r1 += 1
if r0 == 4266 goto +1
r1 += 1
if r0 == 4267 goto +1
r1 += 1
if r0 == 4268 goto +1
r1 += 1
if r0 == 4269 goto +1
r1 += 1
if r0 == 4270 goto +1
r1 += 1
if r0 == 4271 goto +1
r1 += 1
if r0 == 4272 goto +1
r1 += 1
if r0 == 4273 goto +1
r1 += 1
if r0 == 4274 goto +1
r1 += 1
if r0 == 4275 goto +1
r1 += 1
if r0 == 4276 goto +1
r1 += 1
if r0 == 4277 goto +1
r1 += 1
if r0 == 4278 goto +1
r1 += 1
if r0 == 4279 goto +1
r1 += 1
if r0 == 4280 goto +1
r1 += 1
if r0 == 4281 goto +1
r1 += 1
if r0 == 4282 goto +1
r1 += 1
if r0 == 4283 goto +1
r1 += 1
if r0 == 4284 goto +1
r1 += 1
if r0 == 4285 goto +1
r1 += 1
if r0 == 4286 goto +1
r1 += 1
if r0 == 4287 goto +1
r1 += 1
if r0 == 4288 goto +1
r1 += 1
if r0 == 4289 goto +1
r1 += 1
if r0 == 4290 goto +1
r1 += 1
if r0 == 4291 goto +1
r1 += 1
if r0 == 4292 goto +1
r1 += 1
if r0 == 4293 goto +1
r1 += 1
if r0 == 4294 goto +1
r1 += 1
if r0 == 4295 goto +1
r1 += 1
if r0 == 4296 goto +1
r1 += 1
if r0 == 4297 goto +1
r1 += 1
if r0 == 4298 goto +1
r1 += 1
if r0 == 4299 goto +1
r1 += 1
if r0 == 4300 goto +1
r1 += 1
if r0 == 4301 goto +1
r1 += 1
if r0 == 4302 goto +1
r1 += 1
if r0 == 4303 goto +1
r1 += 1
if r0 == 4304 goto +1
r1 += 1
if r0 == 4305 goto +1
r1 += 1
if r0 == 4306 goto +1
r1 += 1
if r0 == 4307 goto +1
r1 += 1
if r0 == 4308 goto +1
r1 += 1
if r0 == 4309 goto +1
r1 += 1
if r0 == 4310 goto +1
r1 += 1
if r0 == 4311 goto +1
r1 += 1
if r0 == 4312 goto +1
r1 += 1
if r0 == 4313 goto +1
r1 += 1
if r0 == 4314 goto +1
r1 += 1
if r0 == 4315 goto +1
r1 += 1
if r0 == 4316 goto +1
r1 += 1
if r0 == 4317 goto +1
r1 += 1
if r0 == 4318 goto +1
r1 += 1
if r0 == 4319 goto +1
r1 += 1
if r0 == 4320 goto +1
r1 += 1
if r0 == 4321 goto +1
r1 += 1
if r0 == 4322 goto +1
r1 += 1
if r0 == 4323 goto +1
r1 += 1
if r0 == 4324 goto +1
r1 += 1
if r0 == 4325 goto +1
r1 += 1
if r0 == 4326 goto +1
r1 += 1
if r0 == 4327 goto +1
r1 += 1
if r0 == 4328 goto +1
r1 += 1
if r0 == 4329 goto +1
r1 += 1
if r0 == 4330 goto +1
r1 += 1
if r0 == 4331 goto +1
r1 += 1
if r0 == 4332 goto +1
r1 += 1
if r0 == 4333 goto +1
r1 += 1
if r0 == 4334 goto +1
r1 += 1
if r0 == 4335 goto +1
r1 += 1
if r0 == 4336 goto +1
r1 += 1
if r0 == 4337 goto +1
r1 += 1
if r0 == 4338 goto +1
r1 += 1
if r0 == 4339 goto +1
r1 += 1
if r0 == 4340 goto +1
r1 += 1
if r0 == 4341 goto +1
r1 += 1
if r0 == 4342 goto +1
r1 += 1
if r0 == 4343 goto +1
r1 += 1
if r0 == 4344 goto +1
r1 += 1
if r0 == 4345 goto +1
r1 += 1
if r0 == 4346 goto +1
r1 += 1
if r0 == 4347 goto +1
r1 += 1
if r0 == 4348 goto +1
r1 += 1
if r0 == 4349 goto +1
r1 += 1
if r0 == 4350 goto +1
r1 += 1
if r0 == 4351 goto +1
r1 += 1
if r0 == 4352 goto +1
r1 += 1
if r0 == 4353 goto +1
r1 += 1
if r0 == 4354 goto +1
r1 += 1
if r0 == 4355 goto +1
r1 += 1
if r0 == 4356 goto +1
r1 += 1
if r0 == 4357 goto +1
r1 += 1
if r0 == 4358 goto +1
r1 += 1
if r0 == 4359 goto +1
r1 += 1
if r0 == 4360 goto +1
r1 += 1
if r0 == 4361 goto +1
r1 += 1
if r0 == 4362 goto +1
r1 += 1
if r0 == 4363 goto +1
r1 += 1
if r0 == 4364 goto +1
r1 += 1
if r0 == 4365 goto +1
r1 += 1
if r0 == 4366 goto +1
r1 += 1
if r0 == 4367 goto +1
r1 += 1
if r0 == 4368 goto +1
r1 += 1
if r0 == 4369 goto +1
r1 += 1
if r0 == 4370 goto +1
r1 += 1
if r0 == 4371 goto +1
r1 += 1
if r0 == 4372 goto +1
r1 += 1
if r0 == 4373 goto +1
r1 += 1
if r0 == 4374 goto +1
r1 += 1
if r0 == 4375 goto +1
r1 += 1
if r0 == 4376 goto +1
r1 += 1
if r0 == 4377 goto +1
r1 += 1
if r0 == 4378 goto +1
r1 += 1
if r0 == 4379 goto +1
r1 += 1
if r0 == 4380 goto +1
r1 += 1
if r0 == 4381 goto +1
r1 += 1
if r0 == 4382 goto +1
r1 += 1
if r0 == 4383 goto +1
r1 += 1
if r0 == 4384 goto +1
r1 += 1
if r0 == 4385 goto +1
r1 += 1
if r0 == 4386 goto +1
r1 += 1
if r0 == 4387 goto +1
r1 += 1
if r0 == 4388 goto +1
r1 += 1
if r0 == 4389 goto +1
r1 += 1
if r0 == 4390 goto +1
r1 += 1
if r0 == 4391 goto +1
r1 += 1
if r0 == 4392 goto +1
r1 += 1
if r0 == 4393 goto +1
r1 += 1
if r0 == 4394 goto +1
r1 += 1
if r0 == 4395 goto +1
r1 += 1
if r0 == 4396 goto +1
r1 += 1
if r0 == 4397 goto +1
r1 += 1
if r0 == 4398 goto +1
r1 += 1
if r0 == 4399 goto +1
r1 += 1
if r0 == 4400 goto +1
r1 += 1
if r0 == 4401 goto +1
r1 += 1
if r0 == 4402 goto +1
r1 += 1
if r0 == 4403 goto +1
r1 += 1
if r0 == 4404 goto +1
r1 += 1
if r0 == 4405 goto +1
r1 += 1
if r0 == 4406 goto +1
r1 += 1
if r0 == 4407 goto +1
r1 += 1
if r0 == 4408 goto +1
r1 += 1
if r0 == 4409 goto +1
r1 += 1
if r0 == 4410 goto +1
r1 += 1
if r0 == 4411 goto +1
r1 += 1
if r0 == 4412 goto +1
r1 += 1
if r0 == 4413 goto +1
r1 += 1
if r0 == 4414 goto +1
r1 += 1
if r0 == 4415 goto +1
r1 += 1
if r0 == 4416 goto +1
r1 += 1
if r0 == 4417 goto +1
r1 += 1
if r0 == 4418 goto +1
r1 += 1
if r0 == 4419 goto +1
r1 += 1
if r0 == 4420 goto +1
r1 += 1
if r0 == 4421 goto +1
r1 += 1
if r0 == 4422 goto +1
r1 += 1
if r0 == 4423 goto +1
r1 += 1
if r0 == 4424 goto +1
r1 += 1
if r0 == 4425 goto +1
r1 += 1
if r0 == 4426 goto +1
r1 += 1
if r0 == 4427 goto +1
r1 += 1
if r0 == 4428 goto +1
r1 += 1
if r0 == 4429 goto +1
r1 += 1
if r0 == 4430 goto +1
r1 += 1
if r0 == 4431 goto +1
r1 += 1
if r0 == 4432 goto +1
r1 += 1
if r0 == 4433 goto +1
r1 += 1
if r0 == 4434 goto +1
r1 += 1
if r0 == 4435 goto +1
r1 += 1
if r0 == 4436 goto +1
r1 += 1
if r0 == 4437 goto +1
r1 += 1
if r0 == 4438 goto +1
r1 += 1
if r0 == 4439 goto +1
r1 += 1
if r0 == 4440 goto +1
r1 += 1
if r0 == 4441 goto +1
r1 += 1
if r0 == 4442 goto +1
r1 += 1
if r0 == 4443 goto +1
r1 += 1
if r0 == 4444 goto +1
r1 += 1
if r0 == 4445 goto +1
r1 += 1
if r0 == 4446 goto +1
r1 += 1
if r0 == 4447 goto +1
r1 += 1
if r0 == 4448 goto +1
r1 += 1
if r0 == 4449 goto +1
r1 += 1
if r0 == 4450 goto +1
r1 += 1
if r0 == 4451 goto +1
r1 += 1
if r0 == 4452 goto +1
r1 += 1
if r0 == 4453 goto +1
r1 += 1
if r0 == 4454 goto +1
r1 += 1
if r0 == 4455 goto +1
r1 += 1
if r0 == 4456 goto +1
r1 += 1
if r0 == 4457 goto +1
r1 += 1
if r0 == 4458 goto +1
r1 += 1
if r0 == 4459 goto +1
r1 += 1
if r0 == 4460 goto +1
r1 += 1
if r0 == 4461 goto +1
r1 += 1
if r0 == 4462 goto +1
r1 += 1
if r0 == 4463 goto +1
r1 += 1
if r0 == 4464 goto +1
r1 += 1
if r0 == 4465 goto +1
r1 += 1
if r0 == 4466 goto +1
r1 += 1
if r0 == 4467 goto +1
r1 += 1
if r0 == 4468 goto +1
r1 += 1
if r0 == 4469 goto +1
r1 += 1
if r0 == 4470 goto +1
r1 += 1
if r0 == 4471 goto +1
r1 += 1
if r0 == 4472 goto +1
r1 += 1
if r0 == 4473 goto +1
r1 += 1
if r0 == 4474 goto +1
r1 += 1
if r0 == 4475 goto +1
r1 += 1
if r0 == 4476 goto +1
r1 += 1
if r0 == 4477 goto +1
r1 += 1
if r0 == 4478 goto +1
r1 += 1
if r0 == 4479 goto +1
r1 += 1
if r0 == 4480 goto +1
r1 += 1
if r0 == 4481 goto +1
r1 += 1
if r0 == 4482 goto +1
r1 += 1
if r0 == 4483 goto +1
r1 += 1
if r0 == 4484 goto +1
r1 += 1
if r0 == 4485 goto +1
r1 += 1
if r0 == 4486 goto +1
r1 += 1
if r0 == 4487 goto +1
r1 += 1
if r0 == 4488 goto +1
r1 += 1
if r0 == 4489 goto +1
r1 += 1
if r0 == 4490 goto +1
r1 += 1
if r0 == 4491 goto +1
r1 += 1
if r0 == 4492 goto +1
r1 += 1
if r0 == 4493 goto +1
r1 += 1
if r0 == 4494 goto +1
r1 += 1
if r0 == 4495 goto +1
r1 += 1
if r0 == 4496 goto +1
r1 += 1
if r0 == 4497 goto +1
r1 += 1
if r0 == 4498 goto +1
r1 += 1
if r0 == 4499 goto +1
r1 += 1
if r0 == 4500 goto +1
r1 += 1
if r0 == 4501 goto +1
r1 += 1
if r0 == 4502 goto +1
r1 += 1
if r0 == 4503 goto +1
r1 += 1
if r0 == 4504 goto +1
r1 += 1
if r0 == 4505 goto +1
r1 += 1
if r0 == 4506 goto +1
r1 += 1
if r0 == 4507 goto +1
r1 += 1
if r0 == 4508 goto +1
r1 += 1
if r0 == 4509 goto +1
r1 += 1
if r0 == 4510 goto +1
r1 += 1
if r0 == 4511 goto +1
r1 += 1
if r0 == 4512 goto +1
r1 += 1
if r0 == 4513 goto +1
r1 += 1
if r0 == 4514 goto +1
r1 += 1
if r0 == 4515 goto +1
r1 += 1
if r0 == 4516 goto +1
r1 += 1
if r0 == 4517 goto +1
r1 += 1
if r0 == 4518 goto +1
r1 += 1
if r0 == 4519 goto +1
r1 += 1
if r0 == 4520 goto +1
r1 += 1
if r0 == 4521 goto +1
r1 += 1
if r0 == 4522 goto +1
r1 += 1
if r0 == 4523 goto +1
r1 += 1
if r0 == 4524 goto +1
r1 += 1
if r0 == 4525 goto +1
r1 += 1
if r0 == 4526 goto +1
r1 += 1
if r0 == 4527 goto +1
r1 += 1
if r0 == 4528 goto +1
r1 += 1
if r0 == 4529 goto +1
r1 += 1
if r0 == 4530 goto +1
r1 += 1
if r0 == 4531 goto +1
r1 += 1
if r0 == 4532 goto +1
r1 += 1
if r0 == 4533 goto +1
r1 += 1
if r0 == 4534 goto +1
r1 += 1
if r0 == 4535 goto +1
r1 += 1
if r0 == 4536 goto +1
r1 += 1
if r0 == 4537 goto +1
r1 += 1
if r0 == 4538 goto +1
r1 += 1
if r0 == 4539 goto +1
r1 += 1
if r0 == 4540 goto +1
r1 += 1
if r0 == 4541 goto +1
r1 += 1
if r0 == 4542 goto +1
r1 += 1
if r0 == 4543 goto +1
r1 += 1
if r0 == 4544 goto +1
r1 += 1
if r0 == 4545 goto +1
r1 += 1
if r0 == 4546 goto +1
r1 += 1
if r0 == 4547 goto +1
r1 += 1
if r0 == 4548 goto +1
r1 += 1
if r0 == 4549 goto +1
r1 += 1
if r0 == 4550 goto +1
r1 += 1
if r0 == 4551 goto +1
r1 += 1
if r0 == 4552 goto +1
r1 += 1
if r0 == 4553 goto +1
r1 += 1
if r0 == 4554 goto +1
r1 += 1
if r0 == 4555 goto +1
r1 += 1
if r0 == 4556 goto +1
r1 += 1
if r0 == 4557 goto +1
r1 += 1
if r0 == 4558 goto +1
r1 += 1
if r0 == 4559 goto +1
r1 += 1
if r0 == 4560 goto +1
r1 += 1
if r0 == 4561 goto +1
r1 += 1
if r0 == 4562 goto +1
r1 += 1
if r0 == 4563 goto +1
r1 += 1
if r0 == 4564 goto +1
r1 += 1
if r0 == 4565 goto +1
r1 += 1
if r0 == 4566 goto +1
r1 += 1
if r0 == 4567 goto +1
r1 += 1
if r0 == 4568 goto +1
r1 += 1
if r0 == 4569 goto +1
r1 += 1
if r0 == 4570 goto +1
r1 += 1
if r0 == 4571 goto +1
r1 += 1
if r0 == 4572 goto +1
r1 += 1
if r0 == 4573 goto +1
r1 += 1
if r0 == 4574 goto +1
r1 += 1
if r0 == 4575 goto +1
r1 += 1
if r0 == 4576 goto +1
r1 += 1
if r0 == 4577 goto +1
r1 += 1
if r0 == 4578 goto +1
r1 += 1
if r0 == 4579 goto +1
r1 += 1
if r0 == 4580 goto +1
r1 += 1
if r0 == 4581 goto +1
r1 += 1
if r0 == 4582 goto +1
r1 += 1
if r0 == 4583 goto +1
r1 += 1
if r0 == 4584 goto +1
r1 += 1
if r0 == 4585 goto +1
r1 += 1
if r0 == 4586 goto +1
r1 += 1
if r0 == 4587 goto +1
r1 += 1
if r0 == 4588 goto +1
r1 += 1
if r0 == 4589 goto +1
r1 += 1
if r0 == 4590 goto +1
r1 += 1
if r0 == 4591 goto +1
r1 += 1
if r0 == 4592 goto +1
r1 += 1
if r0 == 4593 goto +1
r1 += 1
if r0 == 4594 goto +1
r1 += 1
if r0 == 4595 goto +1
r1 += 1
if r0 == 4596 goto +1
r1 += 1
if r0 == 4597 goto +1
r1 += 1
if r0 == 4598 goto +1
r1 += 1
if r0 == 4599 goto +1
r1 += 1
if r0 == 4600 goto +1
r1 += 1
if r0 == 4601 goto +1
r1 += 1
if r0 == 4602 goto +1
r1 += 1
if r0 == 4603 goto +1
r1 += 1
if r0 == 4604 goto +1
r1 += 1
if r0 == 4605 goto +1
r1 += 1
if r0 == 4606 goto +1
r1 += 1
if r0 == 4607 goto +1
r1 += 1
if r0 == 4608 goto +1
r1 += 1
if r0 == 4609 goto +1
r1 += 1
if r0 == 4610 goto +1
r1 += 1
if r0 == 4611 goto +1
r1 += 1
if r0 == 4612 goto +1
r1 += 1
if r0 == 4613 goto +1
r1 += 1
if r0 == 4614 goto +1
r1 += 1
if r0 == 4615 goto +1
r1 += 1
if r0 == 4616 goto +1
r1 += 1
if r0 == 4617 goto +1
r1 += 1
if r0 == 4618 goto +1
r1 += 1
if r0 == 4619 goto +1
r1 += 1
if r0 == 4620 goto +1
r1 += 1
if r0 == 4621 goto +1
r1 += 1
if r0 == 4622 goto +1
r1 += 1
if r0 == 4623 goto +1
r1 += 1
if r0 == 4624 goto +1
r1 += 1
if r0 == 4625 goto +1
r1 += 1
if r0 == 4626 goto +1
r1 += 1
if r0 == 4627 goto +1
r1 += 1
if r0 == 4628 goto +1
r1 += 1
if r0 == 4629 goto +1
r1 += 1
if r0 == 4630 goto +1
r1 += 1
if r0 == 4631 goto +1
r1 += 1
if r0 == 4632 goto +1
r1 += 1
if r0 == 4633 goto +1
r1 += 1
if r0 == 4634 goto +1
r1 += 1
if r0 == 4635 goto +1
r1 += 1
if r0 == 4636 goto +1
r1 += 1
if r0 == 4637 goto +1
r1 += 1
if r0 == 4638 goto +1
r1 += 1
if r0 == 4639 goto +1
r1 += 1
if r0 == 4640 goto +1
r1 += 1
if r0 == 4641 goto +1
r1 += 1
if r0 == 4642 goto +1
r1 += 1
if r0 == 4643 goto +1
r1 += 1
if r0 == 4644 goto +1
r1 += 1
if r0 == 4645 goto +1
r1 += 1
if r0 == 4646 goto +1
r1 += 1
if r0 == 4647 goto +1
r1 += 1
if r0 == 4648 goto +1
r1 += 1
if r0 == 4649 goto +1
r1 += 1
if r0 == 4650 goto +1
r1 += 1
if r0 == 4651 goto +1
r1 += 1
if r0 == 4652 goto +1
r1 += 1
if r0 == 4653 goto +1
r1 += 1
if r0 == 4654 goto +1
r1 += 1
if r0 == 4655 goto +1
r1 += 1
if r0 == 4656 goto +1
r1 += 1
if r0 == 4657 goto +1
r1 += 1
if r0 == 4658 goto +1
r1 += 1
if r0 == 4659 goto +1
r1 += 1
if r0 == 4660 goto +1
r1 += 1
if r0 == 4661 goto +1
r1 += 1
if r0 == 4662 goto +1
r1 += 1
if r0 == 4663 goto +1
r1 += 1
if r0 == 4664 goto +1
r1 += 1
if r0 == 4665 goto +1
r1 += 1
if r0 == 4666 goto +1
r1 += 1
if r0 == 4667 goto +1
r1 += 1
if r0 == 4668 goto +1
r1 += 1
if r0 == 4669 goto +1
r1 += 1
if r0 == 4670 goto +1
r1 += 1
if r0 == 4671 goto +1
r1 += 1
if r0 == 4672 goto +1
r1 += 1
if r0 == 4673 goto +1
r1 += 1
if r0 == 4674 goto +1
r1 += 1
if r0 == 4675 goto +1
r1 += 1
if r0 == 4676 goto +1
r1 += 1
if r0 == 4677 goto +1
r1 += 1
if r0 == 4678 goto +1
r1 += 1
if r0 == 4679 goto +1
r1 += 1
if r0 == 4680 goto +1
r1 += 1
if r0 == 4681 goto +1
r1 += 1
if r0 == 4682 goto +1
r1 += 1
if r0 == 4683 goto +1
r1 += 1
if r0 == 4684 goto +1
r1 += 1
if r0 == 4685 goto +1
r1 += 1
if r0 == 4686 goto +1
r1 += 1
if r0 == 4687 goto +1
r1 += 1
if r0 == 4688 goto +1
r1 += 1
if r0 == 4689 goto +1
r1 += 1
if r0 == 4690 goto +1
r1 += 1
if r0 == 4691 goto +1
r1 += 1
if r0 == 4692 goto +1
r1 += 1
if r0 == 4693 goto +1
r1 += 1
if r0 == 4694 goto +1
r1 += 1
if r0 == 4695 goto +1
r1 += 1
if r0 == 4696 goto +1
r1 += 1
if r0 == 4697 goto +1
r1 += 1
if r0 == 4698 goto +1
r1 += 1
if r0 == 4699 goto +1
r1 += 1
if r0 == 4700 goto +1
r1 += 1
if r0 == 4701 goto +1
r1 += 1
if r0 == 4702 goto +1
r1 += 1
if r0 == 4703 goto +1
r1 += 1
if r0 == 4704 goto +1
r1 += 1
if r0 == 4705 goto +1
r1 += 1
if r0 == 4706 goto +1
r1 += 1
if r0 == 4707 goto +1
r1 += 1
if r0 == 4708 goto +1
r1 += 1
if r0 == 4709 goto +1
r1 += 1
if r0 == 4710 goto +1
r1 += 1
if r0 == 4711 goto +1
r1 += 1
if r0 == 4712 goto +1
r1 += 1
if r0 == 4713 goto +1
r1 += 1
if r0 == 4714 goto +1
r1 += 1
if r0 == 4715 goto +1
r1 += 1
if r0 == 4716 goto +1
r1 += 1
if r0 == 4717 goto +1
r1 += 1
if r0 == 4718 goto +1
r1 += 1
if r0 == 4719 goto +1
r1 += 1
if r0 == 4720 goto +1
r1 += 1
if r0 == 4721 goto +1
r1 += 1
if r0 == 4722 goto +1
r1 += 1
if r0 == 4723 goto +1
r1 += 1
if r0 == 4724 goto +1
r1 += 1
if r0 == 4725 goto +1
r1 += 1
if r0 == 4726 goto +1
r1 += 1
if r0 == 4727 goto +1
r1 += 1
if r0 == 4728 goto +1
r1 += 1
if r0 == 4729 goto +1
r1 += 1
if r0 == 4730 goto +1
r1 += 1
if r0 == 4731 goto +1
r1 += 1
if r0 == 4732 goto +1
r1 += 1
if r0 == 4733 goto +1
r1 += 1
if r0 == 4734 goto +1
r1 += 1
if r0 == 4735 goto +1
r1 += 1
if r0 == 4736 goto +1
r1 += 1
if r0 == 4737 goto +1
r1 += 1
if r0 == 4738 goto +1
r1 += 1
if r0 == 4739 goto +1
r1 += 1
if r0 == 4740 goto +1
r1 += 1
if r0 == 4741 goto +1
r1 += 1
if r0 == 4742 goto +1
r1 += 1
if r0 == 4743 goto +1
r1 += 1
if r0 == 4744 goto +1
r1 += 1
if r0 == 4745 goto +1
r1 += 1
if r0 == 4746 goto +1
r1 += 1
if r0 == 4747 goto +1
r1 += 1
if r0 == 4748 goto +1
r1 += 1
if r0 == 4749 goto +1
r1 += 1
if r0 == 4750 goto +1
r1 += 1
if r0 == 4751 goto +1
r1 += 1
if r0 == 4752 goto +1
r1 += 1
if r0 == 4753 goto +1
r1 += 1
if r0 == 4754 goto +1
r1 += 1
if r0 == 4755 goto +1
r1 += 1
if r0 == 4756 goto +1
r1 += 1
if r0 == 4757 goto +1
r1 += 1
if r0 == 4758 goto +1
r1 += 1
if r0 == 4759 goto +1
r1 += 1
if r0 == 4760 goto +1
r1 += 1
if r0 == 4761 goto +1
r1 += 1
if r0 == 4762 goto +1
r1 += 1
if r0 == 4763 goto +1
r1 += 1
if r0 == 4764 goto +1
r1 += 1
if r0 == 4765 goto +1
r1 += 1
if r0 == 4766 goto +1
r1 += 1
if r0 == 4767 goto +1
r1 += 1
if r0 == 4768 goto +1
r1 += 1
if r0 == 4769 goto +1
r1 += 1
if r0 == 4770 goto +1
r1 += 1
if r0 == 4771 goto +1
r1 += 1
if r0 == 4772 goto +1
r1 += 1
if r0 == 4773 goto +1
r1 += 1
if r0 == 4774 goto +1
r1 += 1
if r0 == 4775 goto +1
r1 += 1
if r0 == 4776 goto +1
r1 += 1
if r0 == 4777 goto +1
r1 += 1
if r0 == 4778 goto +1
r1 += 1
if r0 == 4779 goto +1
r1 += 1
if r0 == 4780 goto +1
r1 += 1
if r0 == 4781 goto +1
r1 += 1
if r0 == 4782 goto +1
r1 += 1
if r0 == 4783 goto +1
r1 += 1
if r0 == 4784 goto +1
r1 += 1
if r0 == 4785 goto +1
r1 += 1
if r0 == 4786 goto +1
r1 += 1
if r0 == 4787 goto +1
r1 += 1
if r0 == 4788 goto +1
r1 += 1
if r0 == 4789 goto +1
r1 += 1
if r0 == 4790 goto +1
r1 += 1
if r0 == 4791 goto +1
r1 += 1
if r0 == 4792 goto +1
r1 += 1
if r0 == 4793 goto +1
r1 += 1
if r0 == 4794 goto +1
r1 += 1
if r0 == 4795 goto +1
r1 += 1
if r0 == 4796 goto +1
r1 += 1
if r0 == 4797 goto +1
r1 += 1
if r0 == 4798 goto +1
r1 += 1
if r0 == 4799 goto +1
r1 += 1
if r0 == 4800 goto +1
r1 += 1
if r0 == 4801 goto +1
r1 += 1
if r0 == 4802 goto +1
r1 += 1
if r0 == 4803 goto +1
r1 += 1
if r0 == 4804 goto +1
r1 += 1
if r0 == 4805 goto +1
r1 += 1
if r0 == 4806 goto +1
r1 += 1
if r0 == 4807 goto +1
r1 += 1
if r0 == 4808 goto +1
r1 += 1
if r0 == 4809 goto +1
r1 += 1
if r0 == 4810 goto +1
r1 += 1
if r0 == 4811 goto +1
r1 += 1
if r0 == 4812 goto +1
r1 += 1
if r0 == 4813 goto +1
r1 += 1
if r0 == 4814 goto +1
r1 += 1
if r0 == 4815 goto +1
r1 += 1
if r0 == 4816 goto +1
r1 += 1
if r0 == 4817 goto +1
r1 += 1
if r0 == 4818 goto +1
r1 += 1
if r0 == 4819 goto +1
r1 += 1
if r0 == 4820 goto +1
r1 += 1
if r0 == 4821 goto +1
r1 += 1
if r0 == 4822 goto +1
r1 += 1
if r0 == 4823 goto +1
r1 += 1
if r0 == 4824 goto +1
r1 += 1
if r0 == 4825 goto +1
r1 += 1
if r0 == 4826 goto +1
r1 += 1
if r0 == 4827 goto +1
r1 += 1
if r0 == 4828 goto +1
r1 += 1
if r0 == 4829 goto +1
r1 += 1
if r0 == 4830 goto +1
r1 += 1
if r0 == 4831 goto +1
r1 += 1
if r0 == 4832 goto +1
r1 += 1
if r0 == 4833 goto +1
r1 += 1
if r0 == 4834 goto +1
r1 += 1
if r0 == 4835 goto +1
r1 += 1
if r0 == 4836 goto +1
r1 += 1
if r0 == 4837 goto +1
r1 += 1
if r0 == 4838 goto +1
r1 += 1
if r0 == 4839 goto +1
r1 += 1
if r0 == 4840 goto +1
r1 += 1
if r0 == 4841 goto +1
r1 += 1
if r0 == 4842 goto +1
r1 += 1
if r0 == 4843 goto +1
r1 += 1
if r0 == 4844 goto +1
r1 += 1
if r0 == 4845 goto +1
r1 += 1
if r0 == 4846 goto +1
r1 += 1
if r0 == 4847 goto +1
r1 += 1
if r0 == 4848 goto +1
r1 += 1
if r0 == 4849 goto +1
r1 += 1
if r0 == 4850 goto +1
r1 += 1
if r0 == 4851 goto +1
r1 += 1
if r0 == 4852 goto +1
r1 += 1
if r0 == 4853 goto +1
r1 += 1
if r0 == 4854 goto +1
r1 += 1
if r0 == 4855 goto +1
r1 += 1
if r0 == 4856 goto +1
r1 += 1
if r0 == 4857 goto +1
r1 += 1
if r0 == 4858 goto +1
r1 += 1
if r0 == 4859 goto +1
r1 += 1
if r0 == 4860 goto +1
r1 += 1
if r0 == 4861 goto +1
r1 += 1
if r0 == 4862 goto +1
r1 += 1
if r0 == 4863 goto +1
r1 += 1
if r0 == 4864 goto +1
r1 += 1
if r0 == 4865 goto +1
r1 += 1
if r0 == 4866 goto +1
r1 += 1
if r0 == 4867 goto +1
r1 += 1
if r0 == 4868 goto +1
r1 += 1
if r0 == 4869 goto +1
r1 += 1
if r0 == 4870 goto +1
r1 += 1
if r0 == 4871 goto +1
r1 += 1
if r0 == 4872 goto +1
r1 += 1
if r0 == 4873 goto +1
r1 += 1
if r0 == 4874 goto +1
r1 += 1
if r0 == 4875 goto +1
r1 += 1
if r0 == 4876 goto +1
r1 += 1
if r0 == 4877 goto +1
r1 += 1
if r0 == 4878 goto +1
r1 += 1
if r0 == 4879 goto +1
r1 += 1
if r0 == 4880 goto +1
r1 += 1
if r0 == 4881 goto +1
r1 += 1
if r0 == 4882 goto +1
r1 += 1
if r0 == 4883 goto +1
r1 += 1
if r0 == 4884 goto +1
r1 += 1
if r0 == 4885 goto +1
r1 += 1
if r0 == 4886 goto +1
r1 += 1
if r0 == 4887 goto +1
r1 += 1
if r0 == 4888 goto +1
r1 += 1
if r0 == 4889 goto +1
r1 += 1
if r0 == 4890 goto +1
r1 += 1
if r0 == 4891 goto +1
r1 += 1
if r0 == 4892 goto +1
r1 += 1
if r0 == 4893 goto +1
r1 += 1
if r0 == 4894 goto +1
r1 += 1
if r0 == 4895 goto +1
r1 += 1
if r0 == 4896 goto +1
r1 += 1
if r0 == 4897 goto +1
r1 += 1
if r0 == 4898 goto +1
r1 += 1
if r0 == 4899 goto +1
r1 += 1
if r0 == 4900 goto +1
r1 += 1
if r0 == 4901 goto +1
r1 += 1
if r0 == 4902 goto +1
r1 += 1
if r0 == 4903 goto +1
r1 += 1
if r0 == 4904 goto +1
r1 += 1
if r0 == 4905 goto +1
r1 += 1
if r0 == 4906 goto +1
r1 += 1
if r0 == 4907 goto +1
r1 += 1
if r0 == 4908 goto +1
r1 += 1
if r0 == 4909 goto +1
r1 += 1
if r0 == 4910 goto +1
r1 += 1
if r0 == 4911 goto +1
r1 += 1
if r0 == 4912 goto +1
r1 += 1
if r0 == 4913 goto +1
r1 += 1
if r0 == 4914 goto +1
r1 += 1
if r0 == 4915 goto +1
r1 += 1
if r0 == 4916 goto +1
r1 += 1
if r0 == 4917 goto +1
r1 += 1
if r0 == 4918 goto +1
r1 += 1
if r0 == 4919 goto +1
r1 += 1
if r0 == 4920 goto +1
r1 += 1
if r0 == 4921 goto +1
r1 += 1
if r0 == 4922 goto +1
r1 += 1
if r0 == 4923 goto +1
r1 += 1
if r0 == 4924 goto +1
r1 += 1
if r0 == 4925 goto +1
r1 += 1
if r0 == 4926 goto +1
r1 += 1
if r0 == 4927 goto +1
r1 += 1
if r0 == 4928 goto +1
r1 += 1
if r0 == 4929 goto +1
r1 += 1
if r0 == 4930 goto +1
r1 += 1
if r0 == 4931 goto +1
r1 += 1
if r0 == 4932 goto +1
r1 += 1
if r0 == 4933 goto +1
r1 += 1
if r0 == 4934 goto +1
r1 += 1
if r0 == 4935 goto +1
r1 += 1
if r0 == 4936 goto +1
r1 += 1
if r0 == 4937 goto +1
r1 += 1
if r0 == 4938 goto +1
r1 += 1
if r0 == 4939 goto +1
r1 += 1
if r0 == 4940 goto +1
r1 += 1
if r0 == 4941 goto +1
r1 += 1
if r0 == 4942 goto +1
r1 += 1
if r0 == 4943 goto +1
r1 += 1
if r0 == 4944 goto +1
r1 += 1
if r0 == 4945 goto +1
r1 += 1
if r0 == 4946 goto +1
r1 += 1
if r0 == 4947 goto +1
r1 += 1
if r0 == 4948 goto +1
r1 += 1
if r0 == 4949 goto +1
r1 += 1
if r0 == 4950 goto +1
r1 += 1
if r0 == 4951 goto +1
r1 += 1
if r0 == 4952 goto +1
r1 += 1
if r0 == 4953 goto +1
r1 += 1
if r0 == 4954 goto +1
r1 += 1
if r0 == 4955 goto +1
r1 += 1
if r0 == 4956 goto +1
r1 += 1
if r0 == 4957 goto +1
r1 += 1
if r0 == 4958 goto +1
r1 += 1
if r0 == 4959 goto +1
r1 += 1
if r0 == 4960 goto +1
r1 += 1
if r0 == 4961 goto +1
r1 += 1
if r0 == 4962 goto +1
r1 += 1
if r0 == 4963 goto +1
r1 += 1
if r0 == 4964 goto +1
r1 += 1
if r0 == 4965 goto +1
r1 += 1
if r0 == 4966 goto +1
r1 += 1
if r0 == 4967 goto +1
r1 += 1
if r0 == 4968 goto +1
r1 += 1
if r0 == 4969 goto +1
r1 += 1
if r0 == 4970 goto +1
r1 += 1
if r0 == 4971 goto +1
r1 += 1
if r0 == 4972 goto +1
r1 += 1
if r0 == 4973 goto +1
r1 += 1
if r0 == 4974 goto +1
r1 += 1
if r0 == 4975 goto +1
r1 += 1
if r0 == 4976 goto +1
r1 += 1
if r0 == 4977 goto +1
r1 += 1
if r0 == 4978 goto +1
r1 += 1
if r0 == 4979 goto +1
r1 += 1
if r0 == 4980 goto +1
r1 += 1
if r0 == 4981 goto +1
r1 += 1
if r0 == 4982 goto +1
r1 += 1
if r0 == 4983 goto +1
r1 += 1
if r0 == 4984 goto +1
r1 += 1
if r0 == 4985 goto +1
r1 += 1
if r0 == 4986 goto +1
r1 += 1
if r0 == 4987 goto +1
r1 += 1
if r0 == 4988 goto +1
r1 += 1
if r0 == 4989 goto +1
r1 += 1
if r0 == 4990 goto +1
r1 += 1
if r0 == 4991 goto +1
r1 += 1
if r0 == 4992 goto +1
r1 += 1
if r0 == 4993 goto +1
r1 += 1
if r0 == 4994 goto +1
r1 += 1
if r0 == 4995 goto +1
r1 += 1
if r0 == 4996 goto +1
r1 += 1
if r0 == 4997 goto +1
r1 += 1
if r0 == 4998 goto +1
r1 += 1
if r0 == 4999 goto +1
r1 += 1
if r0 == 5000 goto +1
r1 += 1
if r0 == 5001 goto +1
r1 += 1
if r0 == 5002 goto +1
r1 += 1
if r0 == 5003 goto +1
r1 += 1
if r0 == 5004 goto +1
r1 += 1
if r0 == 5005 goto +1
r1 += 1
if r0 == 5006 goto +1
r1 += 1
if r0 == 5007 goto +1
r1 += 1
if r0 == 5008 goto +1
r1 += 1
if r0 == 5009 goto +1
r1 += 1
if r0 == 5010 goto +1
r1 += 1
if r0 == 5011 goto +1
r1 += 1
if r0 == 5012 goto +1
r1 += 1
if r0 == 5013 goto +1
r1 += 1
if r0 == 5014 goto +1
r1 += 1
if r0 == 5015 goto +1
r1 += 1
if r0 == 5016 goto +1
r1 += 1
if r0 == 5017 goto +1
r1 += 1
if r0 == 5018 goto +1
r1 += 1
if r0 == 5019 goto +1
r1 += 1
if r0 == 5020 goto +1
r1 += 1
if r0 == 5021 goto +1
r1 += 1
if r0 == 5022 goto +1
r1 += 1
if r0 == 5023 goto +1
r1 += 1
if r0 == 5024 goto +1
r1 += 1
if r0 == 5025 goto +1
r1 += 1
if r0 == 5026 goto +1
r1 += 1
if r0 == 5027 goto +1
r1 += 1
if r0 == 5028 goto +1
r1 += 1
if r0 == 5029 goto +1
r1 += 1
if r0 == 5030 goto +1
r1 += 1
if r0 == 5031 goto +1
r1 += 1
if r0 == 5032 goto +1
r1 += 1
if r0 == 5033 goto +1
r1 += 1
if r0 == 5034 goto +1
r1 += 1
if r0 == 5035 goto +1
r1 += 1
if r0 == 5036 goto +1
r1 += 1
if r0 == 5037 goto +1
r1 += 1
if r0 == 5038 goto +1
r1 += 1
if r0 == 5039 goto +1
r1 += 1
if r0 == 5040 goto +1
r1 += 1
if r0 == 5041 goto +1
r1 += 1
if r0 == 5042 goto +1
r1 += 1
if r0 == 5043 goto +1
r1 += 1
if r0 == 5044 goto +1
r1 += 1
if r0 == 5045 goto +1
r1 += 1
if r0 == 5046 goto +1
r1 += 1
if r0 == 5047 goto +1
r1 += 1
if r0 == 5048 goto +1
r1 += 1
if r0 == 5049 goto +1
r1 += 1
if r0 == 5050 goto +1
r1 += 1
if r0 == 5051 goto +1
r1 += 1
if r0 == 5052 goto +1
r1 += 1
if r0 == 5053 goto +1
r1 += 1
if r0 == 5054 goto +1
r1 += 1
if r0 == 5055 goto +1
r1 += 1
if r0 == 5056 goto +1
r1 += 1
if r0 == 5057 goto +1
r1 += 1
if r0 == 5058 goto +1
r1 += 1
if r0 == 5059 goto +1
r1 += 1
if r0 == 5060 goto +1
r1 += 1
if r0 == 5061 goto +1
r1 += 1
if r0 == 5062 goto +1
r1 += 1
if r0 == 5063 goto +1
r1 += 1
if r0 == 5064 goto +1
r1 += 1
if r0 == 5065 goto +1
r1 += 1
if r0 == 5066 goto +1
r1 += 1
if r0 == 5067 goto +1
r1 += 1
if r0 == 5068 goto +1
r1 += 1
if r0 == 5069 goto +1
r1 += 1
if r0 == 5070 goto +1
r1 += 1
if r0 == 5071 goto +1
r1 += 1
if r0 == 5072 goto +1
r1 += 1
if r0 == 5073 goto +1
r1 += 1
if r0 == 5074 goto +1
r1 += 1
if r0 == 5075 goto +1
r1 += 1
if r0 == 5076 goto +1
r1 += 1
if r0 == 5077 goto +1
r1 += 1
if r0 == 5078 goto +1
r1 += 1
if r0 == 5079 goto +1
r1 += 1
if r0 == 5080 goto +1
r1 += 1
if r0 == 5081 goto +1
r1 += 1
if r0 == 5082 goto +1
r1 += 1
if r0 == 5083 goto +1
r1 += 1
if r0 == 5084 goto +1
r1 += 1
if r0 == 5085 goto +1
r1 += 1
if r0 == 5086 goto +1
r1 += 1
if r0 == 5087 goto +1
r1 += 1
if r0 == 5088 goto +1
r1 += 1
if r0 == 5089 goto +1
r1 += 1
if r0 == 5090 goto +1
r1 += 1
if r0 == 5091 goto +1
r1 += 1
if r0 == 5092 goto +1
r1 += 1
if r0 == 5093 goto +1
r1 += 1
if r0 == 5094 goto +1
r1 += 1
if r0 == 5095 goto +1
r1 += 1
if r0 == 5096 goto +1
r1 += 1
if r0 == 5097 goto +1
r1 += 1
if r0 == 5098 goto +1
r1 += 1
if r0 == 5099 goto +1
r1 += 1
if r0 == 5100 goto +1
r1 += 1
if r0 == 5101 goto +1
r1 += 1
if r0 == 5102 goto +1
r1 += 1
if r0 == 5103 goto +1
r1 += 1
if r0 == 5104 goto +1
r1 += 1
if r0 == 5105 goto +1
r1 += 1
if r0 == 5106 goto +1
r1 += 1
if r0 == 5107 goto +1
r1 += 1
if r0 == 5108 goto +1
r1 += 1
if r0 == 5109 goto +1
r1 += 1
if r0 == 5110 goto +1
r1 += 1
if r0 == 5111 goto +1
r1 += 1
if r0 == 5112 goto +1
r1 += 1
if r0 == 5113 goto +1
r1 += 1
if r0 == 5114 goto +1
r1 += 1
if r0 == 5115 goto +1
r1 += 1
if r0 == 5116 goto +1
r1 += 1
if r0 == 5117 goto +1
r1 += 1
if r0 == 5118 goto +1
r1 += 1
if r0 == 5119 goto +1
r1 += 1
if r0 == 5120 goto +1
r1 += 1
if r0 == 5121 goto +1
r1 += 1
if r0 == 5122 goto +1
r1 += 1
if r0 == 5123 goto +1
r1 += 1
if r0 == 5124 goto +1
r1 += 1
if r0 == 5125 goto +1
r1 += 1
if r0 == 5126 goto +1
r1 += 1
if r0 == 5127 goto +1
r1 += 1
if r0 == 5128 goto +1
r1 += 1
if r0 == 5129 goto +1
r1 += 1
if r0 == 5130 goto +1
r1 += 1
if r0 == 5131 goto +1
r1 += 1
if r0 == 5132 goto +1
r1 += 1
if r0 == 5133 goto +1
r1 += 1
if r0 == 5134 goto +1
r1 += 1
if r0 == 5135 goto +1
r1 += 1
if r0 == 5136 goto +1
r1 += 1
if r0 == 5137 goto +1
r1 += 1
if r0 == 5138 goto +1
r1 += 1
if r0 == 5139 goto +1
r1 += 1
if r0 == 5140 goto +1
r1 += 1
if r0 == 5141 goto +1
r1 += 1
if r0 == 5142 goto +1
r1 += 1
if r0 == 5143 goto +1
r1 += 1
if r0 == 5144 goto +1
r1 += 1
if r0 == 5145 goto +1
r1 += 1
if r0 == 5146 goto +1
r1 += 1
if r0 == 5147 goto +1
r1 += 1
if r0 == 5148 goto +1
r1 += 1
if r0 == 5149 goto +1
r1 += 1
if r0 == 5150 goto +1
r1 += 1
if r0 == 5151 goto +1
r1 += 1
if r0 == 5152 goto +1
r1 += 1
if r0 == 5153 goto +1
r1 += 1
if r0 == 5154 goto +1
r1 += 1
if r0 == 5155 goto +1
r1 += 1
if r0 == 5156 goto +1
r1 += 1
if r0 == 5157 goto +1
r1 += 1
if r0 == 5158 goto +1
r1 += 1
if r0 == 5159 goto +1
r1 += 1
if r0 == 5160 goto +1
r1 += 1
if r0 == 5161 goto +1
r1 += 1
if r0 == 5162 goto +1
r1 += 1
if r0 == 5163 goto +1
r1 += 1
if r0 == 5164 goto +1
r1 += 1
if r0 == 5165 goto +1
r1 += 1
if r0 == 5166 goto +1
r1 += 1
if r0 == 5167 goto +1
r1 += 1
if r0 == 5168 goto +1
r1 += 1
if r0 == 5169 goto +1
r1 += 1
if r0 == 5170 goto +1
r1 += 1
if r0 == 5171 goto +1
r1 += 1
if r0 == 5172 goto +1
r1 += 1
if r0 == 5173 goto +1
r1 += 1
if r0 == 5174 goto +1
r1 += 1
if r0 == 5175 goto +1
r1 += 1
if r0 == 5176 goto +1
r1 += 1
if r0 == 5177 goto +1
r1 += 1
if r0 == 5178 goto +1
r1 += 1
if r0 == 5179 goto +1
r1 += 1
if r0 == 5180 goto +1
r1 += 1
if r0 == 5181 goto +1
r1 += 1
if r0 == 5182 goto +1
r1 += 1
if r0 == 5183 goto +1
r1 += 1
if r0 == 5184 goto +1
r1 += 1
if r0 == 5185 goto +1
r1 += 1
if r0 == 5186 goto +1
r1 += 1
if r0 == 5187 goto +1
r1 += 1
if r0 == 5188 goto +1
r1 += 1
if r0 == 5189 goto +1
r1 += 1
if r0 == 5190 goto +1
r1 += 1
if r0 == 5191 goto +1
r1 += 1
if r0 == 5192 goto +1
r1 += 1
if r0 == 5193 goto +1
r1 += 1
if r0 == 5194 goto +1
r1 += 1
if r0 == 5195 goto +1
r1 += 1
if r0 == 5196 goto +1
r1 += 1
if r0 == 5197 goto +1
r1 += 1
if r0 == 5198 goto +1
r1 += 1
if r0 == 5199 goto +1
r1 += 1
if r0 == 5200 goto +1
r1 += 1
if r0 == 5201 goto +1
r1 += 1
if r0 == 5202 goto +1
r1 += 1
if r0 == 5203 goto +1
r1 += 1
if r0 == 5204 goto +1
r1 += 1
if r0 == 5205 goto +1
r1 += 1
if r0 == 5206 goto +1
r1 += 1
if r0 == 5207 goto +1
r1 += 1
if r0 == 5208 goto +1
r1 += 1
if r0 == 5209 goto +1
r1 += 1
if r0 == 5210 goto +1
r1 += 1
if r0 == 5211 goto +1
r1 += 1
if r0 == 5212 goto +1
r1 += 1
if r0 == 5213 goto +1
r1 += 1
if r0 == 5214 goto +1
r1 += 1
if r0 == 5215 goto +1
r1 += 1
if r0 == 5216 goto +1
r1 += 1
if r0 == 5217 goto +1
r1 += 1
if r0 == 5218 goto +1
r1 += 1
if r0 == 5219 goto +1
r1 += 1
if r0 == 5220 goto +1
r1 += 1
if r0 == 5221 goto +1
r1 += 1
if r0 == 5222 goto +1
r1 += 1
if r0 == 5223 goto +1
r1 += 1
if r0 == 5224 goto +1
r1 += 1
if r0 == 5225 goto +1
r1 += 1
if r0 == 5226 goto +1
r1 += 1
if r0 == 5227 goto +1
r1 += 1
if r0 == 5228 goto +1
r1 += 1
if r0 == 5229 goto +1
r1 += 1
if r0 == 5230 goto +1
r1 += 1
if r0 == 5231 goto +1
r1 += 1
if r0 == 5232 goto +1
r1 += 1
if r0 == 5233 goto +1
r1 += 1
if r0 == 5234 goto +1
r1 += 1
if r0 == 5235 goto +1
r1 += 1
if r0 == 5236 goto +1
r1 += 1
if r0 == 5237 goto +1
r1 += 1
if r0 == 5238 goto +1
r1 += 1
if r0 == 5239 goto +1
r1 += 1
if r0 == 5240 goto +1
r1 += 1
if r0 == 5241 goto +1
r1 += 1
if r0 == 5242 goto +1
r1 += 1
if r0 == 5243 goto +1
r1 += 1
if r0 == 5244 goto +1
r1 += 1
if r0 == 5245 goto +1
r1 += 1
if r0 == 5246 goto +1
r1 += 1
if r0 == 5247 goto +1
r1 += 1
if r0 == 5248 goto +1
r1 += 1
if r0 == 5249 goto +1
r1 += 1
if r0 == 5250 goto +1
r1 += 1
if r0 == 5251 goto +1
r1 += 1
if r0 == 5252 goto +1
r1 += 1
if r0 == 5253 goto +1
r1 += 1
if r0 == 5254 goto +1
r1 += 1
if r0 == 5255 goto +1
r1 += 1
if r0 == 5256 goto +1
r1 += 1
if r0 == 5257 goto +1
r1 += 1
if r0 == 5258 goto +1
r1 += 1
if r0 == 5259 goto +1
r1 += 1
if r0 == 5260 goto +1
r1 += 1
if r0 == 5261 goto +1
r1 += 1
if r0 == 5262 goto +1
r1 += 1
if r0 == 5263 goto +1
r1 += 1
if r0 == 5264 goto +1
r1 += 1
if r0 == 5265 goto +1
r1 += 1
if r0 == 5266 goto +1
r1 += 1
if r0 == 5267 goto +1
r1 += 1
if r0 == 5268 goto +1
r1 += 1
if r0 == 5269 goto +1
r1 += 1
if r0 == 5270 goto +1
r1 += 1
if r0 == 5271 goto +1
r1 += 1
if r0 == 5272 goto +1
r1 += 1
if r0 == 5273 goto +1
r1 += 1
if r0 == 5274 goto +1
r1 += 1
if r0 == 5275 goto +1
r1 += 1
if r0 == 5276 goto +1
r1 += 1
if r0 == 5277 goto +1
r1 += 1
if r0 == 5278 goto +1
r1 += 1
if r0 == 5279 goto +1
r1 += 1
if r0 == 5280 goto +1
r1 += 1
if r0 == 5281 goto +1
r1 += 1
if r0 == 5282 goto +1
r1 += 1
if r0 == 5283 goto +1
r1 += 1
if r0 == 5284 goto +1
r1 += 1
if r0 == 5285 goto +1
r1 += 1
if r0 == 5286 goto +1
r1 += 1
if r0 == 5287 goto +1
r1 += 1
if r0 == 5288 goto +1
r1 += 1
if r0 == 5289 goto +1
r1 += 1
if r0 == 5290 goto +1
r1 += 1
if r0 == 5291 goto +1
r1 += 1
if r0 == 5292 goto +1
r1 += 1
if r0 == 5293 goto +1
r1 += 1
if r0 == 5294 goto +1
r1 += 1
if r0 == 5295 goto +1
r1 += 1
if r0 == 5296 goto +1
r1 += 1
if r0 == 5297 goto +1
r1 += 1
if r0 == 5298 goto +1
r1 += 1
if r0 == 5299 goto +1
r1 += 1
if r0 == 5300 goto +1
r1 += 1
if r0 == 5301 goto +1
r1 += 1
if r0 == 5302 goto +1
r1 += 1
if r0 == 5303 goto +1
r1 += 1
if r0 == 5304 goto +1
r1 += 1
if r0 == 5305 goto +1
r1 += 1
if r0 == 5306 goto +1
r1 += 1
if r0 == 5307 goto +1
r1 += 1
if r0 == 5308 goto +1
r1 += 1
if r0 == 5309 goto +1
r1 += 1
if r0 == 5310 goto +1
r1 += 1
if r0 == 5311 goto +1
r1 += 1
if r0 == 5312 goto +1
r1 += 1
if r0 == 5313 goto +1
r1 += 1
if r0 == 5314 goto +1
r1 += 1
if r0 == 5315 goto +1
r1 += 1
if r0 == 5316 goto +1
r1 += 1
if r0 == 5317 goto +1
r1 += 1
if r0 == 5318 goto +1
r1 += 1
if r0 == 5319 goto +1
r1 += 1
if r0 == 5320 goto +1
r1 += 1
if r0 == 5321 goto +1
r1 += 1
if r0 == 5322 goto +1
r1 += 1
if r0 == 5323 goto +1
r1 += 1
if r0 == 5324 goto +1
r1 += 1
if r0 == 5325 goto +1
r1 += 1
if r0 == 5326 goto +1
r1 += 1
if r0 == 5327 goto +1
r1 += 1
if r0 == 5328 goto +1
r1 += 1
if r0 == 5329 goto +1
r1 += 1
if r0 == 5330 goto +1
r1 += 1
if r0 == 5331 goto +1
r1 += 1
if r0 == 5332 goto +1
r1 += 1
if r0 == 5333 goto +1
r1 += 1
if r0 == 5334 goto +1
r1 += 1
if r0 == 5335 goto +1
r1 += 1
if r0 == 5336 goto +1
r1 += 1
if r0 == 5337 goto +1
r1 += 1
if r0 == 5338 goto +1
r1 += 1
if r0 == 5339 goto +1
r1 += 1
if r0 == 5340 goto +1
r1 += 1
if r0 == 5341 goto +1
r1 += 1
if r0 == 5342 goto +1
r1 += 1
if r0 == 5343 goto +1
r1 += 1
if r0 == 5344 goto +1
r1 += 1
if r0 == 5345 goto +1
r1 += 1
if r0 == 5346 goto +1
r1 += 1
if r0 == 5347 goto +1
r1 += 1
if r0 == 5348 goto +1
r1 += 1
if r0 == 5349 goto +1
r1 += 1
if r0 == 5350 goto +1
r1 += 1
if r0 == 5351 goto +1
r1 += 1
if r0 == 5352 goto +1
r1 += 1
if r0 == 5353 goto +1
r1 += 1
if r0 == 5354 goto +1
r1 += 1
if r0 == 5355 goto +1
r1 += 1
if r0 == 5356 goto +1
r1 += 1
if r0 == 5357 goto +1
r1 += 1
if r0 == 5358 goto +1
r1 += 1
if r0 == 5359 goto +1
r1 += 1
if r0 == 5360 goto +1
r1 += 1
if r0 == 5361 goto +1
r1 += 1
if r0 == 5362 goto +1
r1 += 1
if r0 == 5363 goto +1
r1 += 1
if r0 == 5364 goto +1
r1 += 1
if r0 == 5365 goto +1
r1 += 1
if r0 == 5366 goto +1
r1 += 1
if r0 == 5367 goto +1
r1 += 1
if r0 == 5368 goto +1
r1 += 1
if r0 == 5369 goto +1
r1 += 1
if r0 == 5370 goto +1
r1 += 1
if r0 == 5371 goto +1
r1 += 1
if r0 == 5372 goto +1
r1 += 1
if r0 == 5373 goto +1
r1 += 1
if r0 == 5374 goto +1
r1 += 1
if r0 == 5375 goto +1
r1 += 1
if r0 == 5376 goto +1
r1 += 1
if r0 == 5377 goto +1
r1 += 1
if r0 == 5378 goto +1
r1 += 1
if r0 == 5379 goto +1
r1 += 1
if r0 == 5380 goto +1
r1 += 1
if r0 == 5381 goto +1
r1 += 1
if r0 == 5382 goto +1
r1 += 1
if r0 == 5383 goto +1
r1 += 1
if r0 == 5384 goto +1
r1 += 1
if r0 == 5385 goto +1
r1 += 1
if r0 == 5386 goto +1
r1 += 1
if r0 == 5387 goto +1
r1 += 1
if r0 == 5388 goto +1
r1 += 1
if r0 == 5389 goto +1
r1 += 1
if r0 == 5390 goto +1
r1 += 1
if r0 == 5391 goto +1
r1 += 1
if r0 == 5392 goto +1
r1 += 1
if r0 == 5393 goto +1
r1 += 1
if r0 == 5394 goto +1
r1 += 1
if r0 == 5395 goto +1
r1 += 1
if r0 == 5396 goto +1
r1 += 1
if r0 == 5397 goto +1
r1 += 1
if r0 == 5398 goto +1
r1 += 1
if r0 == 5399 goto +1
r1 += 1
if r0 == 5400 goto +1
r1 += 1
if r0 == 5401 goto +1
r1 += 1
if r0 == 5402 goto +1
r1 += 1
if r0 == 5403 goto +1
r1 += 1
if r0 == 5404 goto +1
r1 += 1
if r0 == 5405 goto +1
r1 += 1
if r0 == 5406 goto +1
r1 += 1
if r0 == 5407 goto +1
r1 += 1
if r0 == 5408 goto +1
r1 += 1
if r0 == 5409 goto +1
r1 += 1
if r0 == 5410 goto +1
r1 += 1
if r0 == 5411 goto +1
r1 += 1
if r0 == 5412 goto +1
r1 += 1
if r0 == 5413 goto +1
r1 += 1
if r0 == 5414 goto +1
r1 += 1
if r0 == 5415 goto +1
r1 += 1
if r0 == 5416 goto +1
r1 += 1
if r0 == 5417 goto +1
r1 += 1
if r0 == 5418 goto +1
r1 += 1
if r0 == 5419 goto +1
r1 += 1
if r0 == 5420 goto +1
r1 += 1
if r0 == 5421 goto +1
r1 += 1
if r0 == 5422 goto +1
r1 += 1
if r0 == 5423 goto +1
r1 += 1
if r0 == 5424 goto +1
r1 += 1
if r0 == 5425 goto +1
r1 += 1
if r0 == 5426 goto +1
r1 += 1
if r0 == 5427 goto +1
r1 += 1
if r0 == 5428 goto +1
r1 += 1
if r0 == 5429 goto +1
r1 += 1
if r0 == 5430 goto +1
r1 += 1
if r0 == 5431 goto +1
r1 += 1
if r0 == 5432 goto +1
r1 += 1
if r0 == 5433 goto +1
r1 += 1
if r0 == 5434 goto +1
r1 += 1
if r0 == 5435 goto +1
r1 += 1
if r0 == 5436 goto +1
r1 += 1
if r0 == 5437 goto +1
r1 += 1
if r0 == 5438 goto +1
r1 += 1
if r0 == 5439 goto +1
r1 += 1
if r0 == 5440 goto +1
r1 += 1
if r0 == 5441 goto +1
r1 += 1
if r0 == 5442 goto +1
r1 += 1
if r0 == 5443 goto +1
r1 += 1
if r0 == 5444 goto +1
r1 += 1
if r0 == 5445 goto +1
r1 += 1
if r0 == 5446 goto +1
r1 += 1
if r0 == 5447 goto +1
r1 += 1
if r0 == 5448 goto +1
r1 += 1
if r0 == 5449 goto +1
r1 += 1
if r0 == 5450 goto +1
r1 += 1
if r0 == 5451 goto +1
r1 += 1
if r0 == 5452 goto +1
r1 += 1
if r0 == 5453 goto +1
r1 += 1
if r0 == 5454 goto +1
r1 += 1
if r0 == 5455 goto +1
r1 += 1
if r0 == 5456 goto +1
r1 += 1
if r0 == 5457 goto +1
r1 += 1
if r0 == 5458 goto +1
r1 += 1
if r0 == 5459 goto +1
r1 += 1
if r0 == 5460 goto +1
r1 += 1
if r0 == 5461 goto +1
r1 += 1
if r0 == 5462 goto +1
r1 += 1
if r0 == 5463 goto +1
r1 += 1
if r0 == 5464 goto +1
r1 += 1
if r0 == 5465 goto +1
r1 += 1
if r0 == 5466 goto +1
r1 += 1
if r0 == 5467 goto +1
r1 += 1
if r0 == 5468 goto +1
r1 += 1
if r0 == 5469 goto +1
r1 += 1
if r0 == 5470 goto +1
r1 += 1
if r0 == 5471 goto +1
r1 += 1
if r0 == 5472 goto +1
r1 += 1
if r0 == 5473 goto +1
r1 += 1
if r0 == 5474 goto +1
r1 += 1
if r0 == 5475 goto +1
r1 += 1
if r0 == 5476 goto +1
r1 += 1
if r0 == 5477 goto +1
r1 += 1
if r0 == 5478 goto +1
r1 += 1
if r0 == 5479 goto +1
r1 += 1
if r0 == 5480 goto +1
r1 += 1
if r0 == 5481 goto +1
r1 += 1
if r0 == 5482 goto +1
r1 += 1
if r0 == 5483 goto +1
r1 += 1
if r0 == 5484 goto +1
r1 += 1
if r0 == 5485 goto +1
r1 += 1
if r0 == 5486 goto +1
r1 += 1
if r0 == 5487 goto +1
r1 += 1
if r0 == 5488 goto +1
r1 += 1
if r0 == 5489 goto +1
r1 += 1
if r0 == 5490 goto +1
r1 += 1
if r0 == 5491 goto +1
r1 += 1
if r0 == 5492 goto +1
r1 += 1
if r0 == 5493 goto +1
r1 += 1
if r0 == 5494 goto +1
r1 += 1
if r0 == 5495 goto +1
r1 += 1
if r0 == 5496 goto +1
r1 += 1
if r0 == 5497 goto +1
r1 += 1
if r0 == 5498 goto +1
r1 += 1
if r0 == 5499 goto +1
r1 += 1
if r0 == 5500 goto +1
r1 += 1
if r0 == 5501 goto +1
r1 += 1
if r0 == 5502 goto +1
r1 += 1
if r0 == 5503 goto +1
r1 += 1
if r0 == 5504 goto +1
r1 += 1
if r0 == 5505 goto +1
r1 += 1
if r0 == 5506 goto +1
r1 += 1
if r0 == 5507 goto +1
r1 += 1
if r0 == 5508 goto +1
r1 += 1
if r0 == 5509 goto +1
r1 += 1
if r0 == 5510 goto +1
r1 += 1
if r0 == 5511 goto +1
r1 += 1
if r0 == 5512 goto +1
r1 += 1
if r0 == 5513 goto +1
r1 += 1
if r0 == 5514 goto +1
r1 += 1
if r0 == 5515 goto +1
r1 += 1
if r0 == 5516 goto +1
r1 += 1
if r0 == 5517 goto +1
r1 += 1
if r0 == 5518 goto +1
r1 += 1
if r0 == 5519 goto +1
r1 += 1
if r0 == 5520 goto +1
r1 += 1
if r0 == 5521 goto +1
r1 += 1
if r0 == 5522 goto +1
r1 += 1
if r0 == 5523 goto +1
r1 += 1
if r0 == 5524 goto +1
r1 += 1
if r0 == 5525 goto +1
r1 += 1
if r0 == 5526 goto +1
r1 += 1
if r0 == 5527 goto +1
r1 += 1
if r0 == 5528 goto +1
r1 += 1
if r0 == 5529 goto +1
r1 += 1
if r0 == 5530 goto +1
r1 += 1
if r0 == 5531 goto +1
r1 += 1
if r0 == 5532 goto +1
r1 += 1
if r0 == 5533 goto +1
r1 += 1
if r0 == 5534 goto +1
r1 += 1
if r0 == 5535 goto +1
r1 += 1
if r0 == 5536 goto +1
r1 += 1
if r0 == 5537 goto +1
r1 += 1
if r0 == 5538 goto +1
r1 += 1
if r0 == 5539 goto +1
r1 += 1
if r0 == 5540 goto +1
r1 += 1
if r0 == 5541 goto +1
r1 += 1
if r0 == 5542 goto +1
r1 += 1
if r0 == 5543 goto +1
r1 += 1
if r0 == 5544 goto +1
r1 += 1
if r0 == 5545 goto +1
r1 += 1
if r0 == 5546 goto +1
r1 += 1
if r0 == 5547 goto +1
r1 += 1
if r0 == 5548 goto +1
r1 += 1
if r0 == 5549 goto +1
r1 += 1
if r0 == 5550 goto +1
r1 += 1
if r0 == 5551 goto +1
r1 += 1
if r0 == 5552 goto +1
r1 += 1
if r0 == 5553 goto +1
r1 += 1
if r0 == 5554 goto +1
r1 += 1
if r0 == 5555 goto +1
r1 += 1
if r0 == 5556 goto +1
r1 += 1
if r0 == 5557 goto +1
r1 += 1
if r0 == 5558 goto +1
r1 += 1
if r0 == 5559 goto +1
r1 += 1
if r0 == 5560 goto +1
r1 += 1
if r0 == 5561 goto +1
r1 += 1
if r0 == 5562 goto +1
r1 += 1
if r0 == 5563 goto +1
r1 += 1
if r0 == 5564 goto +1
r1 += 1
if r0 == 5565 goto +1
r1 += 1
if r0 == 5566 goto +1
r1 += 1
if r0 == 5567 goto +1
r1 += 1
if r0 == 5568 goto +1
r1 += 1
if r0 == 5569 goto +1
r1 += 1
if r0 == 5570 goto +1
r1 += 1
if r0 == 5571 goto +1
r1 += 1
if r0 == 5572 goto +1
r1 += 1
if r0 == 5573 goto +1
r1 += 1
if r0 == 5574 goto +1
r1 += 1
if r0 == 5575 goto +1
r1 += 1
if r0 == 5576 goto +1
r1 += 1
if r0 == 5577 goto +1
r1 += 1
if r0 == 5578 goto +1
r1 += 1
if r0 == 5579 goto +1
r1 += 1
if r0 == 5580 goto +1
r1 += 1
if r0 == 5581 goto +1
r1 += 1
if r0 == 5582 goto +1
r1 += 1
if r0 == 5583 goto +1
r1 += 1
if r0 == 5584 goto +1
r1 += 1
if r0 == 5585 goto +1
r1 += 1
if r0 == 5586 goto +1
r1 += 1
if r0 == 5587 goto +1
r1 += 1
if r0 == 5588 goto +1
r1 += 1
if r0 == 5589 goto +1
r1 += 1
if r0 == 5590 goto +1
r1 += 1
if r0 == 5591 goto +1
r1 += 1
if r0 == 5592 goto +1
r1 += 1
if r0 == 5593 goto +1
r1 += 1
if r0 == 5594 goto +1
r1 += 1
if r0 == 5595 goto +1
r1 += 1
if r0 == 5596 goto +1
r1 += 1
if r0 == 5597 goto +1
r1 += 1
if r0 == 5598 goto +1
r1 += 1
if r0 == 5599 goto +1
r1 += 1
if r0 == 5600 goto +1
r1 += 1
if r0 == 5601 goto +1
r1 += 1
if r0 == 5602 goto +1
r1 += 1
if r0 == 5603 goto +1
r1 += 1
if r0 == 5604 goto +1
r1 += 1
if r0 == 5605 goto +1
r1 += 1
if r0 == 5606 goto +1
r1 += 1
if r0 == 5607 goto +1
r1 += 1
if r0 == 5608 goto +1
r1 += 1
if r0 == 5609 goto +1
r1 += 1
if r0 == 5610 goto +1
r1 += 1
if r0 == 5611 goto +1
r1 += 1
if r0 == 5612 goto +1
r1 += 1
if r0 == 5613 goto +1
r1 += 1
if r0 == 5614 goto +1
r1 += 1
if r0 == 5615 goto +1
r1 += 1
if r0 == 5616 goto +1
r1 += 1
if r0 == 5617 goto +1
r1 += 1
if r0 == 5618 goto +1
r1 += 1
if r0 == 5619 goto +1
r1 += 1
if r0 == 5620 goto +1
r1 += 1
if r0 == 5621 goto +1
r1 += 1
if r0 == 5622 goto +1
r1 += 1
if r0 == 5623 goto +1
r1 += 1
if r0 == 5624 goto +1
r1 += 1
if r0 == 5625 goto +1
r1 += 1
if r0 == 5626 goto +1
r1 += 1
if r0 == 5627 goto +1
r1 += 1
if r0 == 5628 goto +1
r1 += 1
if r0 == 5629 goto +1
r1 += 1
if r0 == 5630 goto +1
r1 += 1
if r0 == 5631 goto +1
r1 += 1
if r0 == 5632 goto +1
r1 += 1
if r0 == 5633 goto +1
r1 += 1
if r0 == 5634 goto +1
r1 += 1
if r0 == 5635 goto +1
r1 += 1
if r0 == 5636 goto +1
r1 += 1
if r0 == 5637 goto +1
r1 += 1
if r0 == 5638 goto +1
r1 += 1
if r0 == 5639 goto +1
r1 += 1
if r0 == 5640 goto +1
r1 += 1
if r0 == 5641 goto +1
r1 += 1
if r0 == 5642 goto +1
r1 += 1
if r0 == 5643 goto +1
r1 += 1
if r0 == 5644 goto +1
r1 += 1
if r0 == 5645 goto +1
r1 += 1
if r0 == 5646 goto +1
r1 += 1
if r0 == 5647 goto +1
r1 += 1
if r0 == 5648 goto +1
r1 += 1
if r0 == 5649 goto +1
r1 += 1
if r0 == 5650 goto +1
r1 += 1
if r0 == 5651 goto +1
r1 += 1
if r0 == 5652 goto +1
r1 += 1
if r0 == 5653 goto +1
r1 += 1
if r0 == 5654 goto +1
r1 += 1
if r0 == 5655 goto +1
r1 += 1
if r0 == 5656 goto +1
r1 += 1
if r0 == 5657 goto +1
r1 += 1
if r0 == 5658 goto +1
r1 += 1
if r0 == 5659 goto +1
r1 += 1
if r0 == 5660 goto +1
r1 += 1
if r0 == 5661 goto +1
r1 += 1
if r0 == 5662 goto +1
r1 += 1
if r0 == 5663 goto +1
r1 += 1
if r0 == 5664 goto +1
r1 += 1
if r0 == 5665 goto +1
r1 += 1
if r0 == 5666 goto +1
r1 += 1
if r0 == 5667 goto +1
r1 += 1
if r0 == 5668 goto +1
r1 += 1
if r0 == 5669 goto +1
r1 += 1
if r0 == 5670 goto +1
r1 += 1
if r0 == 5671 goto +1
r1 += 1
if r0 == 5672 goto +1
r1 += 1
if r0 == 5673 goto +1
r1 += 1
if r0 == 5674 goto +1
r1 += 1
if r0 == 5675 goto +1
r1 += 1
if r0 == 5676 goto +1
r1 += 1
if r0 == 5677 goto +1
r1 += 1
if r0 == 5678 goto +1
r1 += 1
if r0 == 5679 goto +1
r1 += 1
if r0 == 5680 goto +1
r1 += 1
if r0 == 5681 goto +1
r1 += 1
if r0 == 5682 goto +1
r1 += 1
if r0 == 5683 goto +1
r1 += 1
if r0 == 5684 goto +1
r1 += 1
if r0 == 5685 goto +1
r1 += 1
if r0 == 5686 goto +1
r1 += 1
if r0 == 5687 goto +1
r1 += 1
if r0 == 5688 goto +1
r1 += 1
if r0 == 5689 goto +1
r1 += 1
if r0 == 5690 goto +1
r1 += 1
if r0 == 5691 goto +1
r1 += 1
if r0 == 5692 goto +1
r1 += 1
if r0 == 5693 goto +1
r1 += 1
if r0 == 5694 goto +1
r1 += 1
if r0 == 5695 goto +1
r1 += 1
if r0 == 5696 goto +1
r1 += 1
if r0 == 5697 goto +1
r1 += 1
if r0 == 5698 goto +1
r1 += 1
if r0 == 5699 goto +1
r1 += 1
if r0 == 5700 goto +1
r1 += 1
if r0 == 5701 goto +1
r1 += 1
if r0 == 5702 goto +1
r1 += 1
if r0 == 5703 goto +1
r1 += 1
if r0 == 5704 goto +1
r1 += 1
if r0 == 5705 goto +1
r1 += 1
if r0 == 5706 goto +1
r1 += 1
if r0 == 5707 goto +1
r1 += 1
if r0 == 5708 goto +1
r1 += 1
if r0 == 5709 goto +1
r1 += 1
if r0 == 5710 goto +1
r1 += 1
if r0 == 5711 goto +1
r1 += 1
if r0 == 5712 goto +1
r1 += 1
if r0 == 5713 goto +1
r1 += 1
if r0 == 5714 goto +1
r1 += 1
if r0 == 5715 goto +1
r1 += 1
if r0 == 5716 goto +1
r1 += 1
if r0 == 5717 goto +1
r1 += 1
if r0 == 5718 goto +1
r1 += 1
if r0 == 5719 goto +1
r1 += 1
if r0 == 5720 goto +1
r1 += 1
if r0 == 5721 goto +1
r1 += 1
if r0 == 5722 goto +1
r1 += 1
if r0 == 5723 goto +1
r1 += 1
if r0 == 5724 goto +1
r1 += 1
if r0 == 5725 goto +1
r1 += 1
if r0 == 5726 goto +1
r1 += 1
if r0 == 5727 goto +1
r1 += 1
if r0 == 5728 goto +1
r1 += 1
if r0 == 5729 goto +1
r1 += 1
if r0 == 5730 goto +1
r1 += 1
if r0 == 5731 goto +1
r1 += 1
if r0 == 5732 goto +1
r1 += 1
if r0 == 5733 goto +1
r1 += 1
if r0 == 5734 goto +1
r1 += 1
if r0 == 5735 goto +1
r1 += 1
if r0 == 5736 goto +1
r1 += 1
if r0 == 5737 goto +1
r1 += 1
if r0 == 5738 goto +1
r1 += 1
if r0 == 5739 goto +1
r1 += 1
if r0 == 5740 goto +1
r1 += 1
if r0 == 5741 goto +1
r1 += 1
if r0 == 5742 goto +1
r1 += 1
if r0 == 5743 goto +1
r1 += 1
if r0 == 5744 goto +1
r1 += 1
if r0 == 5745 goto +1
r1 += 1
if r0 == 5746 goto +1
r1 += 1
if r0 == 5747 goto +1
r1 += 1
if r0 == 5748 goto +1
r1 += 1
if r0 == 5749 goto +1
r1 += 1
if r0 == 5750 goto +1
r1 += 1
if r0 == 5751 goto +1
r1 += 1
if r0 == 5752 goto +1
r1 += 1
if r0 == 5753 goto +1
r1 += 1
if r0 == 5754 goto +1
r1 += 1
if r0 == 5755 goto +1
r1 += 1
if r0 == 5756 goto +1
r1 += 1
if r0 == 5757 goto +1
r1 += 1
if r0 == 5758 goto +1
r1 += 1
if r0 == 5759 goto +1
r1 += 1
if r0 == 5760 goto +1
r1 += 1
if r0 == 5761 goto +1
r1 += 1
if r0 == 5762 goto +1
r1 += 1
if r0 == 5763 goto +1
r1 += 1
if r0 == 5764 goto +1
r1 += 1
if r0 == 5765 goto +1
r1 += 1
if r0 == 5766 goto +1
r1 += 1
if r0 == 5767 goto +1
r1 += 1
if r0 == 5768 goto +1
r1 += 1
if r0 == 5769 goto +1
r1 += 1
if r0 == 5770 goto +1
r1 += 1
if r0 == 5771 goto +1
r1 += 1
if r0 == 5772 goto +1
r1 += 1
if r0 == 5773 goto +1
r1 += 1
if r0 == 5774 goto +1
r1 += 1
if r0 == 5775 goto +1
r1 += 1
if r0 == 5776 goto +1
r1 += 1
if r0 == 5777 goto +1
r1 += 1
if r0 == 5778 goto +1
r1 += 1
if r0 == 5779 goto +1
r1 += 1
if r0 == 5780 goto +1
r1 += 1
if r0 == 5781 goto +1
r1 += 1
if r0 == 5782 goto +1
r1 += 1
if r0 == 5783 goto +1
r1 += 1
if r0 == 5784 goto +1
r1 += 1
if r0 == 5785 goto +1
r1 += 1
if r0 == 5786 goto +1
r1 += 1
if r0 == 5787 goto +1
r1 += 1
if r0 == 5788 goto +1
r1 += 1
if r0 == 5789 goto +1
r1 += 1
if r0 == 5790 goto +1
r1 += 1
if r0 == 5791 goto +1
r1 += 1
if r0 == 5792 goto +1
r1 += 1
if r0 == 5793 goto +1
r1 += 1
if r0 == 5794 goto +1
r1 += 1
if r0 == 5795 goto +1
r1 += 1
if r0 == 5796 goto +1
r1 += 1
if r0 == 5797 goto +1
r1 += 1
if r0 == 5798 goto +1
r1 += 1
if r0 == 5799 goto +1
r1 += 1
if r0 == 5800 goto +1
r1 += 1
if r0 == 5801 goto +1
r1 += 1
if r0 == 5802 goto +1
r1 += 1
if r0 == 5803 goto +1
r1 += 1
if r0 == 5804 goto +1
r1 += 1
if r0 == 5805 goto +1
r1 += 1
if r0 == 5806 goto +1
r1 += 1
if r0 == 5807 goto +1
r1 += 1
if r0 == 5808 goto +1
r1 += 1
if r0 == 5809 goto +1
r1 += 1
if r0 == 5810 goto +1
r1 += 1
if r0 == 5811 goto +1
r1 += 1
if r0 == 5812 goto +1
r1 += 1
if r0 == 5813 goto +1
r1 += 1
if r0 == 5814 goto +1
r1 += 1
if r0 == 5815 goto +1
r1 += 1
if r0 == 5816 goto +1
r1 += 1
if r0 == 5817 goto +1
r1 += 1
if r0 == 5818 goto +1
r1 += 1
if r0 == 5819 goto +1
r1 += 1
if r0 == 5820 goto +1
r1 += 1
if r0 == 5821 goto +1
r1 += 1
if r0 == 5822 goto +1
r1 += 1
if r0 == 5823 goto +1
r1 += 1
if r0 == 5824 goto +1
r1 += 1
if r0 == 5825 goto +1
r1 += 1
if r0 == 5826 goto +1
r1 += 1
if r0 == 5827 goto +1
r1 += 1
if r0 == 5828 goto +1
r1 += 1
if r0 == 5829 goto +1
r1 += 1
if r0 == 5830 goto +1
r1 += 1
if r0 == 5831 goto +1
r1 += 1
if r0 == 5832 goto +1
r1 += 1
if r0 == 5833 goto +1
r1 += 1
if r0 == 5834 goto +1
r1 += 1
if r0 == 5835 goto +1
r1 += 1
if r0 == 5836 goto +1
r1 += 1
if r0 == 5837 goto +1
r1 += 1
if r0 == 5838 goto +1
r1 += 1
if r0 == 5839 goto +1
r1 += 1
if r0 == 5840 goto +1
r1 += 1
if r0 == 5841 goto +1
r1 += 1
if r0 == 5842 goto +1
r1 += 1
if r0 == 5843 goto +1
r1 += 1
if r0 == 5844 goto +1
r1 += 1
if r0 == 5845 goto +1
r1 += 1
if r0 == 5846 goto +1
r1 += 1
if r0 == 5847 goto +1
r1 += 1
if r0 == 5848 goto +1
r1 += 1
if r0 == 5849 goto +1
r1 += 1
if r0 == 5850 goto +1
r1 += 1
if r0 == 5851 goto +1
r1 += 1
if r0 == 5852 goto +1
r1 += 1
if r0 == 5853 goto +1
r1 += 1
if r0 == 5854 goto +1
r1 += 1
if r0 == 5855 goto +1
r1 += 1
if r0 == 5856 goto +1
r1 += 1
if r0 == 5857 goto +1
r1 += 1
if r0 == 5858 goto +1
r1 += 1
if r0 == 5859 goto +1
r1 += 1
if r0 == 5860 goto +1
r1 += 1
if r0 == 5861 goto +1
r1 += 1
if r0 == 5862 goto +1
r1 += 1
if r0 == 5863 goto +1
r1 += 1
if r0 == 5864 goto +1
r1 += 1
if r0 == 5865 goto +1
r1 += 1
if r0 == 5866 goto +1
r1 += 1
if r0 == 5867 goto +1
r1 += 1
if r0 == 5868 goto +1
r1 += 1
if r0 == 5869 goto +1
r1 += 1
if r0 == 5870 goto +1
r1 += 1
if r0 == 5871 goto +1
r1 += 1
if r0 == 5872 goto +1
r1 += 1
if r0 == 5873 goto +1
r1 += 1
if r0 == 5874 goto +1
r1 += 1
if r0 == 5875 goto +1
r1 += 1
if r0 == 5876 goto +1
r1 += 1
if r0 == 5877 goto +1
r1 += 1
if r0 == 5878 goto +1
r1 += 1
if r0 == 5879 goto +1
r1 += 1
if r0 == 5880 goto +1
r1 += 1
if r0 == 5881 goto +1
r1 += 1
if r0 == 5882 goto +1
r1 += 1
if r0 == 5883 goto +1
r1 += 1
if r0 == 5884 goto +1
r1 += 1
if r0 == 5885 goto +1
r1 += 1
if r0 == 5886 goto +1
r1 += 1
if r0 == 5887 goto +1
r1 += 1
if r0 == 5888 goto +1
r1 += 1
if r0 == 5889 goto +1
r1 += 1
if r0 == 5890 goto +1
r1 += 1
if r0 == 5891 goto +1
r1 += 1
if r0 == 5892 goto +1
r1 += 1
if r0 == 5893 goto +1
r1 += 1
if r0 == 5894 goto +1
r1 += 1
if r0 == 5895 goto +1
r1 += 1
if r0 == 5896 goto +1
r1 += 1
if r0 == 5897 goto +1
r1 += 1
if r0 == 5898 goto +1
r1 += 1
if r0 == 5899 goto +1
r1 += 1
if r0 == 5900 goto +1
r1 += 1
if r0 == 5901 goto +1
r1 += 1
if r0 == 5902 goto +1
r1 += 1
if r0 == 5903 goto +1
r1 += 1
if r0 == 5904 goto +1
r1 += 1
if r0 == 5905 goto +1
r1 += 1
if r0 == 5906 goto +1
r1 += 1
if r0 == 5907 goto +1
r1 += 1
if r0 == 5908 goto +1
r1 += 1
if r0 == 5909 goto +1
r1 += 1
if r0 == 5910 goto +1
r1 += 1
if r0 == 5911 goto +1
r1 += 1
if r0 == 5912 goto +1
r1 += 1
if r0 == 5913 goto +1
r1 += 1
if r0 == 5914 goto +1
r1 += 1
if r0 == 5915 goto +1
r1 += 1
if r0 == 5916 goto +1
r1 += 1
if r0 == 5917 goto +1
r1 += 1
if r0 == 5918 goto +1
r1 += 1
if r0 == 5919 goto +1
r1 += 1
if r0 == 5920 goto +1
r1 += 1
if r0 == 5921 goto +1
r1 += 1
if r0 == 5922 goto +1
r1 += 1
if r0 == 5923 goto +1
r1 += 1
if r0 == 5924 goto +1
r1 += 1
if r0 == 5925 goto +1
r1 += 1
if r0 == 5926 goto +1
r1 += 1
if r0 == 5927 goto +1
r1 += 1
if r0 == 5928 goto +1
r1 += 1
if r0 == 5929 goto +1
r1 += 1
if r0 == 5930 goto +1
r1 += 1
if r0 == 5931 goto +1
r1 += 1
if r0 == 5932 goto +1
r1 += 1
if r0 == 5933 goto +1
r1 += 1
if r0 == 5934 goto +1
r1 += 1
if r0 == 5935 goto +1
r1 += 1
if r0 == 5936 goto +1
r1 += 1
if r0 == 5937 goto +1
r1 += 1
if r0 == 5938 goto +1
r1 += 1
if r0 == 5939 goto +1
r1 += 1
if r0 == 5940 goto +1
r1 += 1
if r0 == 5941 goto +1
r1 += 1
if r0 == 5942 goto +1
r1 += 1
if r0 == 5943 goto +1
r1 += 1
if r0 == 5944 goto +1
r1 += 1
if r0 == 5945 goto +1
r1 += 1
if r0 == 5946 goto +1
r1 += 1
if r0 == 5947 goto +1
r1 += 1
if r0 == 5948 goto +1
r1 += 1
if r0 == 5949 goto +1
r1 += 1
if r0 == 5950 goto +1
r1 += 1
if r0 == 5951 goto +1
r1 += 1
if r0 == 5952 goto +1
r1 += 1
if r0 == 5953 goto +1
r1 += 1
if r0 == 5954 goto +1
r1 += 1
if r0 == 5955 goto +1
r1 += 1
if r0 == 5956 goto +1
r1 += 1
if r0 == 5957 goto +1
r1 += 1
if r0 == 5958 goto +1
r1 += 1
if r0 == 5959 goto +1
r1 += 1
if r0 == 5960 goto +1
r1 += 1
if r0 == 5961 goto +1
r1 += 1
if r0 == 5962 goto +1
r1 += 1
if r0 == 5963 goto +1
r1 += 1
if r0 == 5964 goto +1
r1 += 1
if r0 == 5965 goto +1
r1 += 1
if r0 == 5966 goto +1
r1 += 1
if r0 == 5967 goto +1
r1 += 1
if r0 == 5968 goto +1
r1 += 1
if r0 == 5969 goto +1
r1 += 1
if r0 == 5970 goto +1
r1 += 1
if r0 == 5971 goto +1
r1 += 1
if r0 == 5972 goto +1
r1 += 1
if r0 == 5973 goto +1
r1 += 1
if r0 == 5974 goto +1
r1 += 1
if r0 == 5975 goto +1
r1 += 1
if r0 == 5976 goto +1
r1 += 1
if r0 == 5977 goto +1
r1 += 1
if r0 == 5978 goto +1
r1 += 1
if r0 == 5979 goto +1
r1 += 1
if r0 == 5980 goto +1
r1 += 1
if r0 == 5981 goto +1
r1 += 1
if r0 == 5982 goto +1
r1 += 1
if r0 == 5983 goto +1
r1 += 1
if r0 == 5984 goto +1
r1 += 1
if r0 == 5985 goto +1
r1 += 1
if r0 == 5986 goto +1
r1 += 1
if r0 == 5987 goto +1
r1 += 1
if r0 == 5988 goto +1
r1 += 1
if r0 == 5989 goto +1
r1 += 1
if r0 == 5990 goto +1
r1 += 1
if r0 == 5991 goto +1
r1 += 1
if r0 == 5992 goto +1
r1 += 1
if r0 == 5993 goto +1
r1 += 1
if r0 == 5994 goto +1
r1 += 1
if r0 == 5995 goto +1
r1 += 1
if r0 == 5996 goto +1
r1 += 1
if r0 == 5997 goto +1
r1 += 1
if r0 == 5998 goto +1
r1 += 1
if r0 == 5999 goto +1
r1 += 1
if r0 == 6000 goto +1
r1 += 1
if r0 == 6001 goto +1
r1 += 1
if r0 == 6002 goto +1
r1 += 1
if r0 == 6003 goto +1
r1 += 1
if r0 == 6004 goto +1
r1 += 1
if r0 == 6005 goto +1
r1 += 1
if r0 == 6006 goto +1
r1 += 1
if r0 == 6007 goto +1
r1 += 1
if r0 == 6008 goto +1
r1 += 1
if r0 == 6009 goto +1
r1 += 1
if r0 == 6010 goto +1
r1 += 1
if r0 == 6011 goto +1
r1 += 1
if r0 == 6012 goto +1
r1 += 1
if r0 == 6013 goto +1
r1 += 1
if r0 == 6014 goto +1
r1 += 1
if r0 == 6015 goto +1
r1 += 1
if r0 == 6016 goto +1
r1 += 1
if r0 == 6017 goto +1
r1 += 1
if r0 == 6018 goto +1
r1 += 1
if r0 == 6019 goto +1
r1 += 1
if r0 == 6020 goto +1
r1 += 1
if r0 == 6021 goto +1
r1 += 1
if r0 == 6022 goto +1
r1 += 1
if r0 == 6023 goto +1
r1 += 1
if r0 == 6024 goto +1
r1 += 1
if r0 == 6025 goto +1
r1 += 1
if r0 == 6026 goto +1
r1 += 1
if r0 == 6027 goto +1
r1 += 1
if r0 == 6028 goto +1
r1 += 1
if r0 == 6029 goto +1
r1 += 1
if r0 == 6030 goto +1
r1 += 1
if r0 == 6031 goto +1
r1 += 1
if r0 == 6032 goto +1
r1 += 1
if r0 == 6033 goto +1
r1 += 1
if r0 == 6034 goto +1
r1 += 1
if r0 == 6035 goto +1
r1 += 1
if r0 == 6036 goto +1
r1 += 1
if r0 == 6037 goto +1
r1 += 1
if r0 == 6038 goto +1
r1 += 1
if r0 == 6039 goto +1
r1 += 1
if r0 == 6040 goto +1
r1 += 1
if r0 == 6041 goto +1
r1 += 1
if r0 == 6042 goto +1
r1 += 1
if r0 == 6043 goto +1
r1 += 1
if r0 == 6044 goto +1
r1 += 1
if r0 == 6045 goto +1
r1 += 1
if r0 == 6046 goto +1
r1 += 1
if r0 == 6047 goto +1
r1 += 1
if r0 == 6048 goto +1
r1 += 1
if r0 == 6049 goto +1
r1 += 1
if r0 == 6050 goto +1
r1 += 1
if r0 == 6051 goto +1
r1 += 1
if r0 == 6052 goto +1
r1 += 1
if r0 == 6053 goto +1
r1 += 1
if r0 == 6054 goto +1
r1 += 1
if r0 == 6055 goto +1
r1 += 1
if r0 == 6056 goto +1
r1 += 1
if r0 == 6057 goto +1
r1 += 1
if r0 == 6058 goto +1
r1 += 1
if r0 == 6059 goto +1
r1 += 1
if r0 == 6060 goto +1
r1 += 1
if r0 == 6061 goto +1
r1 += 1
if r0 == 6062 goto +1
r1 += 1
if r0 == 6063 goto +1
r1 += 1
if r0 == 6064 goto +1
r1 += 1
if r0 == 6065 goto +1
r1 += 1
if r0 == 6066 goto +1
r1 += 1
if r0 == 6067 goto +1
r1 += 1
if r0 == 6068 goto +1
r1 += 1
if r0 == 6069 goto +1
r1 += 1
if r0 == 6070 goto +1
r1 += 1
if r0 == 6071 goto +1
r1 += 1
if r0 == 6072 goto +1
r1 += 1
if r0 == 6073 goto +1
r1 += 1
if r0 == 6074 goto +1
r1 += 1
if r0 == 6075 goto +1
r1 += 1
if r0 == 6076 goto +1
r1 += 1
if r0 == 6077 goto +1
r1 += 1
if r0 == 6078 goto +1
r1 += 1
if r0 == 6079 goto +1
r1 += 1
if r0 == 6080 goto +1
r1 += 1
if r0 == 6081 goto +1
r1 += 1
if r0 == 6082 goto +1
r1 += 1
if r0 == 6083 goto +1
r1 += 1
if r0 == 6084 goto +1
r1 += 1
if r0 == 6085 goto +1
r1 += 1
if r0 == 6086 goto +1
r1 += 1
if r0 == 6087 goto +1
r1 += 1
if r0 == 6088 goto +1
r1 += 1
if r0 == 6089 goto +1
r1 += 1
if r0 == 6090 goto +1
r1 += 1
if r0 == 6091 goto +1
r1 += 1
if r0 == 6092 goto +1
r1 += 1
if r0 == 6093 goto +1
r1 += 1
if r0 == 6094 goto +1
r1 += 1
if r0 == 6095 goto +1
r1 += 1
if r0 == 6096 goto +1
r1 += 1
if r0 == 6097 goto +1
r1 += 1
if r0 == 6098 goto +1
r1 += 1
if r0 == 6099 goto +1
r1 += 1
if r0 == 6100 goto +1
r1 += 1
if r0 == 6101 goto +1
r1 += 1
if r0 == 6102 goto +1
r1 += 1
if r0 == 6103 goto +1
r1 += 1
if r0 == 6104 goto +1
r1 += 1
if r0 == 6105 goto +1
r1 += 1
if r0 == 6106 goto +1
r1 += 1
if r0 == 6107 goto +1
r1 += 1
if r0 == 6108 goto +1
r1 += 1
if r0 == 6109 goto +1
r1 += 1
if r0 == 6110 goto +1
r1 += 1
if r0 == 6111 goto +1
r1 += 1
if r0 == 6112 goto +1
r1 += 1
if r0 == 6113 goto +1
r1 += 1
if r0 == 6114 goto +1
r1 += 1
if r0 == 6115 goto +1
r1 += 1
if r0 == 6116 goto +1
r1 += 1
if r0 == 6117 goto +1
r1 += 1
if r0 == 6118 goto +1
r1 += 1
if r0 == 6119 goto +1
r1 += 1
if r0 == 6120 goto +1
r1 += 1
if r0 == 6121 goto +1
r1 += 1
if r0 == 6122 goto +1
r1 += 1
if r0 == 6123 goto +1
r1 += 1
if r0 == 6124 goto +1
r1 += 1
if r0 == 6125 goto +1
r1 += 1
if r0 == 6126 goto +1
r1 += 1
if r0 == 6127 goto +1
r1 += 1
if r0 == 6128 goto +1
r1 += 1
if r0 == 6129 goto +1
r1 += 1
if r0 == 6130 goto +1
r1 += 1
if r0 == 6131 goto +1
r1 += 1
if r0 == 6132 goto +1
r1 += 1
if r0 == 6133 goto +1
r1 += 1
if r0 == 6134 goto +1
r1 += 1
if r0 == 6135 goto +1
r1 += 1
if r0 == 6136 goto +1
r1 += 1
if r0 == 6137 goto +1
r1 += 1
if r0 == 6138 goto +1
r1 += 1
if r0 == 6139 goto +1
r1 += 1
if r0 == 6140 goto +1
r1 += 1
if r0 == 6141 goto +1
r1 += 1
if r0 == 6142 goto +1
r1 += 1
if r0 == 6143 goto +1
r1 += 1
if r0 == 6144 goto +1
r1 += 1
if r0 == 6145 goto +1
r1 += 1
if r0 == 6146 goto +1
r1 += 1
if r0 == 6147 goto +1
r1 += 1
if r0 == 6148 goto +1
r1 += 1
if r0 == 6149 goto +1
r1 += 1
if r0 == 6150 goto +1
r1 += 1
if r0 == 6151 goto +1
r1 += 1
if r0 == 6152 goto +1
r1 += 1
if r0 == 6153 goto +1
r1 += 1
if r0 == 6154 goto +1
r1 += 1
if r0 == 6155 goto +1
r1 += 1
if r0 == 6156 goto +1
r1 += 1
if r0 == 6157 goto +1
r1 += 1
if r0 == 6158 goto +1
r1 += 1
if r0 == 6159 goto +1
r1 += 1
if r0 == 6160 goto +1
r1 += 1
if r0 == 6161 goto +1
r1 += 1
if r0 == 6162 goto +1
r1 += 1
if r0 == 6163 goto +1
r1 += 1
if r0 == 6164 goto +1
r1 += 1
if r0 == 6165 goto +1
r1 += 1
if r0 == 6166 goto +1
r1 += 1
if r0 == 6167 goto +1
r1 += 1
if r0 == 6168 goto +1
r1 += 1
if r0 == 6169 goto +1
r1 += 1
if r0 == 6170 goto +1
r1 += 1
if r0 == 6171 goto +1
r1 += 1
if r0 == 6172 goto +1
r1 += 1
if r0 == 6173 goto +1
r1 += 1
if r0 == 6174 goto +1
r1 += 1
if r0 == 6175 goto +1
r1 += 1
if r0 == 6176 goto +1
r1 += 1
if r0 == 6177 goto +1
r1 += 1
if r0 == 6178 goto +1
r1 += 1
if r0 == 6179 goto +1
r1 += 1
if r0 == 6180 goto +1
r1 += 1
if r0 == 6181 goto +1
r1 += 1
if r0 == 6182 goto +1
r1 += 1
if r0 == 6183 goto +1
r1 += 1
if r0 == 6184 goto +1
r1 += 1
if r0 == 6185 goto +1
r1 += 1
if r0 == 6186 goto +1
r1 += 1
if r0 == 6187 goto +1
r1 += 1
if r0 == 6188 goto +1
r1 += 1
if r0 == 6189 goto +1
r1 += 1
if r0 == 6190 goto +1
r1 += 1
if r0 == 6191 goto +1
r1 += 1
if r0 == 6192 goto +1
r1 += 1
if r0 == 6193 goto +1
r1 += 1
if r0 == 6194 goto +1
r1 += 1
if r0 == 6195 goto +1
r1 += 1
if r0 == 6196 goto +1
r1 += 1
if r0 == 6197 goto +1
r1 += 1
if r0 == 6198 goto +1
r1 += 1
if r0 == 6199 goto +1
r1 += 1
if r0 == 6200 goto +1
r1 += 1
if r0 == 6201 goto +1
r1 += 1
if r0 == 6202 goto +1
r1 += 1
if r0 == 6203 goto +1
r1 += 1
if r0 == 6204 goto +1
r1 += 1
if r0 == 6205 goto +1
r1 += 1
if r0 == 6206 goto +1
r1 += 1
if r0 == 6207 goto +1
r1 += 1
if r0 == 6208 goto +1
r1 += 1
if r0 == 6209 goto +1
r1 += 1
if r0 == 6210 goto +1
r1 += 1
if r0 == 6211 goto +1
r1 += 1
if r0 == 6212 goto +1
r1 += 1
if r0 == 6213 goto +1
r1 += 1
if r0 == 6214 goto +1
r1 += 1
if r0 == 6215 goto +1
r1 += 1
if r0 == 6216 goto +1
r1 += 1
if r0 == 6217 goto +1
r1 += 1
if r0 == 6218 goto +1
r1 += 1
if r0 == 6219 goto +1
r1 += 1
if r0 == 6220 goto +1
r1 += 1
if r0 == 6221 goto +1
r1 += 1
if r0 == 6222 goto +1
r1 += 1
if r0 == 6223 goto +1
r1 += 1
if r0 == 6224 goto +1
r1 += 1
if r0 == 6225 goto +1
r1 += 1
if r0 == 6226 goto +1
r1 += 1
if r0 == 6227 goto +1
r1 += 1
if r0 == 6228 goto +1
r1 += 1
if r0 == 6229 goto +1
r1 += 1
if r0 == 6230 goto +1
r1 += 1
if r0 == 6231 goto +1
r1 += 1
if r0 == 6232 goto +1
r1 += 1
if r0 == 6233 goto +1
r1 += 1
if r0 == 6234 goto +1
r1 += 1
if r0 == 6235 goto +1
r1 += 1
if r0 == 6236 goto +1
r1 += 1
if r0 == 6237 goto +1
r1 += 1
if r0 == 6238 goto +1
r1 += 1
if r0 == 6239 goto +1
r1 += 1
if r0 == 6240 goto +1
r1 += 1
if r0 == 6241 goto +1
r1 += 1
if r0 == 6242 goto +1
r1 += 1
if r0 == 6243 goto +1
r1 += 1
if r0 == 6244 goto +1
r1 += 1
if r0 == 6245 goto +1
r1 += 1
if r0 == 6246 goto +1
r1 += 1
if r0 == 6247 goto +1
r1 += 1
if r0 == 6248 goto +1
r1 += 1
if r0 == 6249 goto +1
r1 += 1
if r0 == 6250 goto +1
r1 += 1
if r0 == 6251 goto +1
r1 += 1
if r0 == 6252 goto +1
r1 += 1
if r0 == 6253 goto +1
r1 += 1
if r0 == 6254 goto +1
r1 += 1
if r0 == 6255 goto +1
r1 += 1
if r0 == 6256 goto +1
r1 += 1
if r0 == 6257 goto +1
r1 += 1
if r0 == 6258 goto +1
r1 += 1
if r0 == 6259 goto +1
r1 += 1
if r0 == 6260 goto +1
r1 += 1
if r0 == 6261 goto +1
r1 += 1
if r0 == 6262 goto +1
r1 += 1
if r0 == 6263 goto +1
r1 += 1
if r0 == 6264 goto +1
r1 += 1
if r0 == 6265 goto +1
r1 += 1
if r0 == 6266 goto +1
r1 += 1
if r0 == 6267 goto +1
r1 += 1
if r0 == 6268 goto +1
r1 += 1
if r0 == 6269 goto +1
r1 += 1
if r0 == 6270 goto +1
r1 += 1
if r0 == 6271 goto +1
r1 += 1
if r0 == 6272 goto +1
r1 += 1
if r0 == 6273 goto +1
r1 += 1
if r0 == 6274 goto +1
r1 += 1
if r0 == 6275 goto +1
r1 += 1
if r0 == 6276 goto +1
r1 += 1
if r0 == 6277 goto +1
r1 += 1
if r0 == 6278 goto +1
r1 += 1
if r0 == 6279 goto +1
r1 += 1
if r0 == 6280 goto +1
r1 += 1
if r0 == 6281 goto +1
r1 += 1
if r0 == 6282 goto +1
r1 += 1
if r0 == 6283 goto +1
r1 += 1
if r0 == 6284 goto +1
r1 += 1
if r0 == 6285 goto +1
r1 += 1
if r0 == 6286 goto +1
r1 += 1
if r0 == 6287 goto +1
r1 += 1
if r0 == 6288 goto +1
r1 += 1
if r0 == 6289 goto +1
r1 += 1
if r0 == 6290 goto +1
r1 += 1
if r0 == 6291 goto +1
r1 += 1
if r0 == 6292 goto +1
r1 += 1
if r0 == 6293 goto +1
r1 += 1
if r0 == 6294 goto +1
r1 += 1
if r0 == 6295 goto +1
r1 += 1
if r0 == 6296 goto +1
r1 += 1
if r0 == 6297 goto +1
r1 += 1
if r0 == 6298 goto +1
r1 += 1
if r0 == 6299 goto +1
r1 += 1
if r0 == 6300 goto +1
r1 += 1
if r0 == 6301 goto +1
r1 += 1
if r0 == 6302 goto +1
r1 += 1
if r0 == 6303 goto +1
r1 += 1
if r0 == 6304 goto +1
r1 += 1
if r0 == 6305 goto +1
r1 += 1
if r0 == 6306 goto +1
r1 += 1
if r0 == 6307 goto +1
r1 += 1
if r0 == 6308 goto +1
r1 += 1
if r0 == 6309 goto +1
r1 += 1
if r0 == 6310 goto +1
r1 += 1
if r0 == 6311 goto +1
r1 += 1
if r0 == 6312 goto +1
r1 += 1
if r0 == 6313 goto +1
r1 += 1
if r0 == 6314 goto +1
r1 += 1
if r0 == 6315 goto +1
r1 += 1
if r0 == 6316 goto +1
r1 += 1
if r0 == 6317 goto +1
r1 += 1
if r0 == 6318 goto +1
r1 += 1
if r0 == 6319 goto +1
r1 += 1
if r0 == 6320 goto +1
r1 += 1
if r0 == 6321 goto +1
r1 += 1
if r0 == 6322 goto +1
r1 += 1
if r0 == 6323 goto +1
r1 += 1
if r0 == 6324 goto +1
r1 += 1
if r0 == 6325 goto +1
r1 += 1
if r0 == 6326 goto +1
r1 += 1
if r0 == 6327 goto +1
r1 += 1
if r0 == 6328 goto +1
r1 += 1
if r0 == 6329 goto +1
r1 += 1
if r0 == 6330 goto +1
r1 += 1
if r0 == 6331 goto +1
r1 += 1
if r0 == 6332 goto +1
r1 += 1
if r0 == 6333 goto +1
r1 += 1
if r0 == 6334 goto +1
r1 += 1
if r0 == 6335 goto +1
r1 += 1
if r0 == 6336 goto +1
r1 += 1
if r0 == 6337 goto +1
r1 += 1
if r0 == 6338 goto +1
r1 += 1
if r0 == 6339 goto +1
r1 += 1
if r0 == 6340 goto +1
r1 += 1
if r0 == 6341 goto +1
r1 += 1
if r0 == 6342 goto +1
r1 += 1
if r0 == 6343 goto +1
r1 += 1
if r0 == 6344 goto +1
r1 += 1
if r0 == 6345 goto +1
r1 += 1
if r0 == 6346 goto +1
r1 += 1
if r0 == 6347 goto +1
r1 += 1
if r0 == 6348 goto +1
r1 += 1
if r0 == 6349 goto +1
r1 += 1
if r0 == 6350 goto +1
r1 += 1
if r0 == 6351 goto +1
r1 += 1
if r0 == 6352 goto +1
r1 += 1
if r0 == 6353 goto +1
r1 += 1
if r0 == 6354 goto +1
r1 += 1
if r0 == 6355 goto +1
r1 += 1
if r0 == 6356 goto +1
r1 += 1
if r0 == 6357 goto +1
r1 += 1
if r0 == 6358 goto +1
r1 += 1
if r0 == 6359 goto +1
r1 += 1
if r0 == 6360 goto +1
r1 += 1
if r0 == 6361 goto +1
r1 += 1
if r0 == 6362 goto +1
r1 += 1
if r0 == 6363 goto +1
r1 += 1
if r0 == 6364 goto +1
r1 += 1
if r0 == 6365 goto +1
r1 += 1
if r0 == 6366 goto +1
r1 += 1
if r0 == 6367 goto +1
r1 += 1
if r0 == 6368 goto +1
r1 += 1
if r0 == 6369 goto +1
r1 += 1
if r0 == 6370 goto +1
r1 += 1
if r0 == 6371 goto +1
r1 += 1
if r0 == 6372 goto +1
r1 += 1
if r0 == 6373 goto +1
r1 += 1
if r0 == 6374 goto +1
r1 += 1
if r0 == 6375 goto +1
r1 += 1
if r0 == 6376 goto +1
r1 += 1
if r0 == 6377 goto +1
r1 += 1
if r0 == 6378 goto +1
r1 += 1
if r0 == 6379 goto +1
r1 += 1
if r0 == 6380 goto +1
r1 += 1
if r0 == 6381 goto +1
r1 += 1
if r0 == 6382 goto +1
r1 += 1
if r0 == 6383 goto +1
r1 += 1
if r0 == 6384 goto +1
r1 += 1
if r0 == 6385 goto +1
r1 += 1
if r0 == 6386 goto +1
r1 += 1
if r0 == 6387 goto +1
r1 += 1
if r0 == 6388 goto +1
r1 += 1
if r0 == 6389 goto +1
r1 += 1
if r0 == 6390 goto +1
r1 += 1
if r0 == 6391 goto +1
r1 += 1
if r0 == 6392 goto +1
r1 += 1
if r0 == 6393 goto +1
r1 += 1
if r0 == 6394 goto +1
r1 += 1
if r0 == 6395 goto +1
r1 += 1
if r0 == 6396 goto +1
r1 += 1
if r0 == 6397 goto +1
r1 += 1
if r0 == 6398 goto +1
r1 += 1
if r0 == 6399 goto +1
r1 += 1
if r0 == 6400 goto +1
r1 += 1
if r0 == 6401 goto +1
r1 += 1
if r0 == 6402 goto +1
r1 += 1
if r0 == 6403 goto +1
r1 += 1
if r0 == 6404 goto +1
r1 += 1
if r0 == 6405 goto +1
r1 += 1
if r0 == 6406 goto +1
r1 += 1
if r0 == 6407 goto +1
r1 += 1
if r0 == 6408 goto +1
r1 += 1
if r0 == 6409 goto +1
r1 += 1
if r0 == 6410 goto +1
r1 += 1
if r0 == 6411 goto +1
r1 += 1
if r0 == 6412 goto +1
r1 += 1
if r0 == 6413 goto +1
r1 += 1
if r0 == 6414 goto +1
r1 += 1
if r0 == 6415 goto +1
r1 += 1
if r0 == 6416 goto +1
r1 += 1
if r0 == 6417 goto +1
r1 += 1
if r0 == 6418 goto +1
r1 += 1
if r0 == 6419 goto +1
r1 += 1
if r0 == 6420 goto +1
r1 += 1
if r0 == 6421 goto +1
r1 += 1
if r0 == 6422 goto +1
r1 += 1
if r0 == 6423 goto +1
r1 += 1
if r0 == 6424 goto +1
r1 += 1
if r0 == 6425 goto +1
r1 += 1
if r0 == 6426 goto +1
r1 += 1
if r0 == 6427 goto +1
r1 += 1
if r0 == 6428 goto +1
r1 += 1
if r0 == 6429 goto +1
r1 += 1
if r0 == 6430 goto +1
r1 += 1
if r0 == 6431 goto +1
r1 += 1
if r0 == 6432 goto +1
r1 += 1
if r0 == 6433 goto +1
r1 += 1
if r0 == 6434 goto +1
r1 += 1
if r0 == 6435 goto +1
r1 += 1
if r0 == 6436 goto +1
r1 += 1
if r0 == 6437 goto +1
r1 += 1
if r0 == 6438 goto +1
r1 += 1
if r0 == 6439 goto +1
r1 += 1
if r0 == 6440 goto +1
r1 += 1
if r0 == 6441 goto +1
r1 += 1
if r0 == 6442 goto +1
r1 += 1
if r0 == 6443 goto +1
r1 += 1
if r0 == 6444 goto +1
r1 += 1
if r0 == 6445 goto +1
r1 += 1
if r0 == 6446 goto +1
r1 += 1
if r0 == 6447 goto +1
r1 += 1
if r0 == 6448 goto +1
r1 += 1
if r0 == 6449 goto +1
r1 += 1
if r0 == 6450 goto +1
r1 += 1
if r0 == 6451 goto +1
r1 += 1
if r0 == 6452 goto +1
r1 += 1
if r0 == 6453 goto +1
r1 += 1
if r0 == 6454 goto +1
r1 += 1
if r0 == 6455 goto +1
r1 += 1
if r0 == 6456 goto +1
r1 += 1
if r0 == 6457 goto +1
r1 += 1
if r0 == 6458 goto +1
r1 += 1
if r0 == 6459 goto +1
r1 += 1
if r0 == 6460 goto +1
r1 += 1
if r0 == 6461 goto +1
r1 += 1
if r0 == 6462 goto +1
r1 += 1
if r0 == 6463 goto +1
r1 += 1
if r0 == 6464 goto +1
r1 += 1
if r0 == 6465 goto +1
r1 += 1
if r0 == 6466 goto +1
r1 += 1
if r0 == 6467 goto +1
r1 += 1
if r0 == 6468 goto +1
r1 += 1
if r0 == 6469 goto +1
r1 += 1
if r0 == 6470 goto +1
r1 += 1
if r0 == 6471 goto +1
r1 += 1
if r0 == 6472 goto +1
r1 += 1
if r0 == 6473 goto +1
r1 += 1
if r0 == 6474 goto +1
r1 += 1
if r0 == 6475 goto +1
r1 += 1
if r0 == 6476 goto +1
r1 += 1
if r0 == 6477 goto +1
r1 += 1
if r0 == 6478 goto +1
r1 += 1
if r0 == 6479 goto +1
r1 += 1
if r0 == 6480 goto +1
r1 += 1
if r0 == 6481 goto +1
r1 += 1
if r0 == 6482 goto +1
r1 += 1
if r0 == 6483 goto +1
r1 += 1
if r0 == 6484 goto +1
r1 += 1
if r0 == 6485 goto +1
r1 += 1
if r0 == 6486 goto +1
r1 += 1
if r0 == 6487 goto +1
r1 += 1
if r0 == 6488 goto +1
r1 += 1
if r0 == 6489 goto +1
r1 += 1
if r0 == 6490 goto +1
r1 += 1
if r0 == 6491 goto +1
r1 += 1
if r0 == 6492 goto +1
r1 += 1
if r0 == 6493 goto +1
r1 += 1
if r0 == 6494 goto +1
r1 += 1
if r0 == 6495 goto +1
r1 += 1
if r0 == 6496 goto +1
r1 += 1
if r0 == 6497 goto +1
r1 += 1
if r0 == 6498 goto +1
r1 += 1
if r0 == 6499 goto +1
r1 += 1
if r0 == 6500 goto +1
r1 += 1
if r0 == 6501 goto +1
r1 += 1
if r0 == 6502 goto +1
r1 += 1
if r0 == 6503 goto +1
r1 += 1
if r0 == 6504 goto +1
r1 += 1
if r0 == 6505 goto +1
r1 += 1
if r0 == 6506 goto +1
r1 += 1
if r0 == 6507 goto +1
r1 += 1
if r0 == 6508 goto +1
r1 += 1
if r0 == 6509 goto +1
r1 += 1
if r0 == 6510 goto +1
r1 += 1
if r0 == 6511 goto +1
r1 += 1
if r0 == 6512 goto +1
r1 += 1
if r0 == 6513 goto +1
r1 += 1
if r0 == 6514 goto +1
r1 += 1
if r0 == 6515 goto +1
r1 += 1
if r0 == 6516 goto +1
r1 += 1
if r0 == 6517 goto +1
r1 += 1
if r0 == 6518 goto +1
r1 += 1
if r0 == 6519 goto +1
r1 += 1
if r0 == 6520 goto +1
r1 += 1
if r0 == 6521 goto +1
r1 += 1
if r0 == 6522 goto +1
r1 += 1
if r0 == 6523 goto +1
r1 += 1
if r0 == 6524 goto +1
r1 += 1
if r0 == 6525 goto +1
r1 += 1
if r0 == 6526 goto +1
r1 += 1
if r0 == 6527 goto +1
r1 += 1
if r0 == 6528 goto +1
r1 += 1
if r0 == 6529 goto +1
r1 += 1
if r0 == 6530 goto +1
r1 += 1
if r0 == 6531 goto +1
r1 += 1
if r0 == 6532 goto +1
r1 += 1
if r0 == 6533 goto +1
r1 += 1
if r0 == 6534 goto +1
r1 += 1
if r0 == 6535 goto +1
r1 += 1
if r0 == 6536 goto +1
r1 += 1
if r0 == 6537 goto +1
r1 += 1
if r0 == 6538 goto +1
r1 += 1
if r0 == 6539 goto +1
r1 += 1
if r0 == 6540 goto +1
r1 += 1
if r0 == 6541 goto +1
r1 += 1
if r0 == 6542 goto +1
r1 += 1
if r0 == 6543 goto +1
r1 += 1
if r0 == 6544 goto +1
r1 += 1
if r0 == 6545 goto +1
r1 += 1
if r0 == 6546 goto +1
r1 += 1
if r0 == 6547 goto +1
r1 += 1
if r0 == 6548 goto +1
r1 += 1
if r0 == 6549 goto +1
r1 += 1
if r0 == 6550 goto +1
r1 += 1
if r0 == 6551 goto +1
r1 += 1
if r0 == 6552 goto +1
r1 += 1
if r0 == 6553 goto +1
r1 += 1
if r0 == 6554 goto +1
r1 += 1
if r0 == 6555 goto +1
r1 += 1
if r0 == 6556 goto +1
r1 += 1
if r0 == 6557 goto +1
r1 += 1
if r0 == 6558 goto +1
r1 += 1
if r0 == 6559 goto +1
r1 += 1
if r0 == 6560 goto +1
r1 += 1
if r0 == 6561 goto +1
r1 += 1
if r0 == 6562 goto +1
r1 += 1
if r0 == 6563 goto +1
r1 += 1
if r0 == 6564 goto +1
r1 += 1
if r0 == 6565 goto +1
r1 += 1
if r0 == 6566 goto +1
r1 += 1
if r0 == 6567 goto +1
r1 += 1
if r0 == 6568 goto +1
r1 += 1
if r0 == 6569 goto +1
r1 += 1
if r0 == 6570 goto +1
r1 += 1
if r0 == 6571 goto +1
r1 += 1
if r0 == 6572 goto +1
r1 += 1
if r0 == 6573 goto +1
r1 += 1
if r0 == 6574 goto +1
r1 += 1
if r0 == 6575 goto +1
r1 += 1
if r0 == 6576 goto +1
r1 += 1
if r0 == 6577 goto +1
r1 += 1
if r0 == 6578 goto +1
r1 += 1
if r0 == 6579 goto +1
r1 += 1
if r0 == 6580 goto +1
r1 += 1
if r0 == 6581 goto +1
r1 += 1
if r0 == 6582 goto +1
r1 += 1
if r0 == 6583 goto +1
r1 += 1
if r0 == 6584 goto +1
r1 += 1
if r0 == 6585 goto +1
r1 += 1
if r0 == 6586 goto +1
r1 += 1
if r0 == 6587 goto +1
r1 += 1
if r0 == 6588 goto +1
r1 += 1
if r0 == 6589 goto +1
r1 += 1
if r0 == 6590 goto +1
r1 += 1
if r0 == 6591 goto +1
r1 += 1
if r0 == 6592 goto +1
r1 += 1
if r0 == 6593 goto +1
r1 += 1
if r0 == 6594 goto +1
r1 += 1
if r0 == 6595 goto +1
r1 += 1
if r0 == 6596 goto +1
r1 += 1
if r0 == 6597 goto +1
r1 += 1
if r0 == 6598 goto +1
r1 += 1
if r0 == 6599 goto +1
r1 += 1
if r0 == 6600 goto +1
r1 += 1
if r0 == 6601 goto +1
r1 += 1
if r0 == 6602 goto +1
r1 += 1
if r0 == 6603 goto +1
r1 += 1
if r0 == 6604 goto +1
r1 += 1
if r0 == 6605 goto +1
r1 += 1
if r0 == 6606 goto +1
r1 += 1
if r0 == 6607 goto +1
r1 += 1
if r0 == 6608 goto +1
r1 += 1
if r0 == 6609 goto +1
r1 += 1
if r0 == 6610 goto +1
r1 += 1
if r0 == 6611 goto +1
r1 += 1
if r0 == 6612 goto +1
r1 += 1
if r0 == 6613 goto +1
r1 += 1
if r0 == 6614 goto +1
r1 += 1
if r0 == 6615 goto +1
r1 += 1
if r0 == 6616 goto +1
r1 += 1
if r0 == 6617 goto +1
r1 += 1
if r0 == 6618 goto +1
r1 += 1
if r0 == 6619 goto +1
r1 += 1
if r0 == 6620 goto +1
r1 += 1
if r0 == 6621 goto +1
r1 += 1
if r0 == 6622 goto +1
r1 += 1
if r0 == 6623 goto +1
r1 += 1
if r0 == 6624 goto +1
r1 += 1
if r0 == 6625 goto +1
r1 += 1
if r0 == 6626 goto +1
r1 += 1
if r0 == 6627 goto +1
r1 += 1
if r0 == 6628 goto +1
r1 += 1
if r0 == 6629 goto +1
r1 += 1
if r0 == 6630 goto +1
r1 += 1
if r0 == 6631 goto +1
r1 += 1
if r0 == 6632 goto +1
r1 += 1
if r0 == 6633 goto +1
r1 += 1
if r0 == 6634 goto +1
r1 += 1
if r0 == 6635 goto +1
r1 += 1
if r0 == 6636 goto +1
r1 += 1
if r0 == 6637 goto +1
r1 += 1
if r0 == 6638 goto +1
r1 += 1
if r0 == 6639 goto +1
r1 += 1
if r0 == 6640 goto +1
r1 += 1
if r0 == 6641 goto +1
r1 += 1
if r0 == 6642 goto +1
r1 += 1
if r0 == 6643 goto +1
r1 += 1
if r0 == 6644 goto +1
r1 += 1
if r0 == 6645 goto +1
r1 += 1
if r0 == 6646 goto +1
r1 += 1
if r0 == 6647 goto +1
r1 += 1
if r0 == 6648 goto +1
r1 += 1
if r0 == 6649 goto +1
r1 += 1
if r0 == 6650 goto +1
r1 += 1
if r0 == 6651 goto +1
r1 += 1
if r0 == 6652 goto +1
r1 += 1
if r0 == 6653 goto +1
r1 += 1
if r0 == 6654 goto +1
r1 += 1
if r0 == 6655 goto +1
r1 += 1
if r0 == 6656 goto +1
r1 += 1
if r0 == 6657 goto +1
r1 += 1
if r0 == 6658 goto +1
r1 += 1
if r0 == 6659 goto +1
r1 += 1
if r0 == 6660 goto +1
r1 += 1
if r0 == 6661 goto +1
r1 += 1
if r0 == 6662 goto +1
r1 += 1
if r0 == 6663 goto +1
r1 += 1
if r0 == 6664 goto +1
r1 += 1
if r0 == 6665 goto +1
r1 += 1
if r0 == 6666 goto +1
r1 += 1
if r0 == 6667 goto +1
r1 += 1
if r0 == 6668 goto +1
r1 += 1
if r0 == 6669 goto +1
r1 += 1
if r0 == 6670 goto +1
r1 += 1
if r0 == 6671 goto +1
r1 += 1
if r0 == 6672 goto +1
r1 += 1
if r0 == 6673 goto +1
r1 += 1
if r0 == 6674 goto +1
r1 += 1
if r0 == 6675 goto +1
r1 += 1
if r0 == 6676 goto +1
r1 += 1
if r0 == 6677 goto +1
r1 += 1
if r0 == 6678 goto +1
r1 += 1
if r0 == 6679 goto +1
r1 += 1
if r0 == 6680 goto +1
r1 += 1
if r0 == 6681 goto +1
r1 += 1
if r0 == 6682 goto +1
r1 += 1
if r0 == 6683 goto +1
r1 += 1
if r0 == 6684 goto +1
r1 += 1
if r0 == 6685 goto +1
r1 += 1
if r0 == 6686 goto +1
r1 += 1
if r0 == 6687 goto +1
r1 += 1
if r0 == 6688 goto +1
r1 += 1
if r0 == 6689 goto +1
r1 += 1
if r0 == 6690 goto +1
r1 += 1
if r0 == 6691 goto +1
r1 += 1
if r0 == 6692 goto +1
r1 += 1
if r0 == 6693 goto +1
r1 += 1
if r0 == 6694 goto +1
r1 += 1
if r0 == 6695 goto +1
r1 += 1
if r0 == 6696 goto +1
r1 += 1
if r0 == 6697 goto +1
r1 += 1
if r0 == 6698 goto +1
r1 += 1
if r0 == 6699 goto +1
r1 += 1
if r0 == 6700 goto +1
r1 += 1
if r0 == 6701 goto +1
r1 += 1
if r0 == 6702 goto +1
r1 += 1
if r0 == 6703 goto +1
r1 += 1
if r0 == 6704 goto +1
r1 += 1
if r0 == 6705 goto +1
r1 += 1
if r0 == 6706 goto +1
r1 += 1
if r0 == 6707 goto +1
r1 += 1
if r0 == 6708 goto +1
r1 += 1
if r0 == 6709 goto +1
r1 += 1
if r0 == 6710 goto +1
r1 += 1
if r0 == 6711 goto +1
r1 += 1
if r0 == 6712 goto +1
r1 += 1
if r0 == 6713 goto +1
r1 += 1
if r0 == 6714 goto +1
r1 += 1
if r0 == 6715 goto +1
r1 += 1
if r0 == 6716 goto +1
r1 += 1
if r0 == 6717 goto +1
r1 += 1
if r0 == 6718 goto +1
r1 += 1
if r0 == 6719 goto +1
r1 += 1
if r0 == 6720 goto +1
r1 += 1
if r0 == 6721 goto +1
r1 += 1
if r0 == 6722 goto +1
r1 += 1
if r0 == 6723 goto +1
r1 += 1
if r0 == 6724 goto +1
r1 += 1
if r0 == 6725 goto +1
r1 += 1
if r0 == 6726 goto +1
r1 += 1
if r0 == 6727 goto +1
r1 += 1
if r0 == 6728 goto +1
r1 += 1
if r0 == 6729 goto +1
r1 += 1
if r0 == 6730 goto +1
r1 += 1
if r0 == 6731 goto +1
r1 += 1
if r0 == 6732 goto +1
r1 += 1
if r0 == 6733 goto +1
r1 += 1
if r0 == 6734 goto +1
r1 += 1
if r0 == 6735 goto +1
r1 += 1
if r0 == 6736 goto +1
r1 += 1
if r0 == 6737 goto +1
r1 += 1
if r0 == 6738 goto +1
r1 += 1
if r0 == 6739 goto +1
r1 += 1
if r0 == 6740 goto +1
r1 += 1
if r0 == 6741 goto +1
r1 += 1
if r0 == 6742 goto +1
r1 += 1
if r0 == 6743 goto +1
r1 += 1
if r0 == 6744 goto +1
r1 += 1
if r0 == 6745 goto +1
r1 += 1
if r0 == 6746 goto +1
r1 += 1
if r0 == 6747 goto +1
r1 += 1
if r0 == 6748 goto +1
r1 += 1
if r0 == 6749 goto +1
r1 += 1
if r0 == 6750 goto +1
r1 += 1
if r0 == 6751 goto +1
r1 += 1
if r0 == 6752 goto +1
r1 += 1
if r0 == 6753 goto +1
r1 += 1
if r0 == 6754 goto +1
r1 += 1
if r0 == 6755 goto +1
r1 += 1
if r0 == 6756 goto +1
r1 += 1
if r0 == 6757 goto +1
r1 += 1
if r0 == 6758 goto +1
r1 += 1
if r0 == 6759 goto +1
r1 += 1
if r0 == 6760 goto +1
r1 += 1
if r0 == 6761 goto +1
r1 += 1
if r0 == 6762 goto +1
r1 += 1
if r0 == 6763 goto +1
r1 += 1
if r0 == 6764 goto +1
r1 += 1
if r0 == 6765 goto +1
r1 += 1
if r0 == 6766 goto +1
r1 += 1
if r0 == 6767 goto +1
r1 += 1
if r0 == 6768 goto +1
r1 += 1
if r0 == 6769 goto +1
r1 += 1
if r0 == 6770 goto +1
r1 += 1
if r0 == 6771 goto +1
r1 += 1
if r0 == 6772 goto +1
r1 += 1
if r0 == 6773 goto +1
r1 += 1
if r0 == 6774 goto +1
r1 += 1
if r0 == 6775 goto +1
r1 += 1
if r0 == 6776 goto +1
r1 += 1
if r0 == 6777 goto +1
r1 += 1
if r0 == 6778 goto +1
r1 += 1
if r0 == 6779 goto +1
r1 += 1
if r0 == 6780 goto +1
r1 += 1
if r0 == 6781 goto +1
r1 += 1
if r0 == 6782 goto +1
r1 += 1
if r0 == 6783 goto +1
r1 += 1
if r0 == 6784 goto +1
r1 += 1
if r0 == 6785 goto +1
r1 += 1
if r0 == 6786 goto +1
r1 += 1
if r0 == 6787 goto +1
r1 += 1
if r0 == 6788 goto +1
r1 += 1
if r0 == 6789 goto +1
r1 += 1
if r0 == 6790 goto +1
r1 += 1
if r0 == 6791 goto +1
r1 += 1
if r0 == 6792 goto +1
r1 += 1
if r0 == 6793 goto +1
r1 += 1
if r0 == 6794 goto +1
r1 += 1
if r0 == 6795 goto +1
r1 += 1
if r0 == 6796 goto +1
r1 += 1
if r0 == 6797 goto +1
r1 += 1
if r0 == 6798 goto +1
r1 += 1
if r0 == 6799 goto +1
r1 += 1
if r0 == 6800 goto +1
r1 += 1
if r0 == 6801 goto +1
r1 += 1
if r0 == 6802 goto +1
r1 += 1
if r0 == 6803 goto +1
r1 += 1
if r0 == 6804 goto +1
r1 += 1
if r0 == 6805 goto +1
r1 += 1
if r0 == 6806 goto +1
r1 += 1
if r0 == 6807 goto +1
r1 += 1
if r0 == 6808 goto +1
r1 += 1
if r0 == 6809 goto +1
r1 += 1
if r0 == 6810 goto +1
r1 += 1
if r0 == 6811 goto +1
r1 += 1
if r0 == 6812 goto +1
r1 += 1
if r0 == 6813 goto +1
r1 += 1
if r0 == 6814 goto +1
r1 += 1
if r0 == 6815 goto +1
r1 += 1
if r0 == 6816 goto +1
r1 += 1
if r0 == 6817 goto +1
r1 += 1
if r0 == 6818 goto +1
r1 += 1
if r0 == 6819 goto +1
r1 += 1
if r0 == 6820 goto +1
r1 += 1
if r0 == 6821 goto +1
r1 += 1
if r0 == 6822 goto +1
r1 += 1
if r0 == 6823 goto +1
r1 += 1
if r0 == 6824 goto +1
r1 += 1
if r0 == 6825 goto +1
r1 += 1
if r0 == 6826 goto +1
r1 += 1
if r0 == 6827 goto +1
r1 += 1
if r0 == 6828 goto +1
r1 += 1
if r0 == 6829 goto +1
r1 += 1
if r0 == 6830 goto +1
r1 += 1
if r0 == 6831 goto +1
r1 += 1
if r0 == 6832 goto +1
r1 += 1
if r0 == 6833 goto +1
r1 += 1
if r0 == 6834 goto +1
r1 += 1
if r0 == 6835 goto +1
r1 += 1
if r0 == 6836 goto +1
r1 += 1
if r0 == 6837 goto +1
r1 += 1
if r0 == 6838 goto +1
r1 += 1
if r0 == 6839 goto +1
r1 += 1
if r0 == 6840 goto +1
r1 += 1
if r0 == 6841 goto +1
r1 += 1
if r0 == 6842 goto +1
r1 += 1
if r0 == 6843 goto +1
r1 += 1
if r0 == 6844 goto +1
r1 += 1
if r0 == 6845 goto +1
r1 += 1
if r0 == 6846 goto +1
r1 += 1
if r0 == 6847 goto +1
r1 += 1
if r0 == 6848 goto +1
r1 += 1
if r0 == 6849 goto +1
r1 += 1
if r0 == 6850 goto +1
r1 += 1
if r0 == 6851 goto +1
r1 += 1
if r0 == 6852 goto +1
r1 += 1
if r0 == 6853 goto +1
r1 += 1
if r0 == 6854 goto +1
r1 += 1
if r0 == 6855 goto +1
r1 += 1
if r0 == 6856 goto +1
r1 += 1
if r0 == 6857 goto +1
r1 += 1
if r0 == 6858 goto +1
r1 += 1
if r0 == 6859 goto +1
r1 += 1
if r0 == 6860 goto +1
r1 += 1
if r0 == 6861 goto +1
r1 += 1
if r0 == 6862 goto +1
r1 += 1
if r0 == 6863 goto +1
r1 += 1
if r0 == 6864 goto +1
r1 += 1
if r0 == 6865 goto +1
r1 += 1
if r0 == 6866 goto +1
r1 += 1
if r0 == 6867 goto +1
r1 += 1
if r0 == 6868 goto +1
r1 += 1
if r0 == 6869 goto +1
r1 += 1
if r0 == 6870 goto +1
r1 += 1
if r0 == 6871 goto +1
r1 += 1
if r0 == 6872 goto +1
r1 += 1
if r0 == 6873 goto +1
r1 += 1
if r0 == 6874 goto +1
r1 += 1
if r0 == 6875 goto +1
r1 += 1
if r0 == 6876 goto +1
r1 += 1
if r0 == 6877 goto +1
r1 += 1
if r0 == 6878 goto +1
r1 += 1
if r0 == 6879 goto +1
r1 += 1
if r0 == 6880 goto +1
r1 += 1
if r0 == 6881 goto +1
r1 += 1
if r0 == 6882 goto +1
r1 += 1
if r0 == 6883 goto +1
r1 += 1
if r0 == 6884 goto +1
r1 += 1
if r0 == 6885 goto +1
r1 += 1
if r0 == 6886 goto +1
r1 += 1
if r0 == 6887 goto +1
r1 += 1
if r0 == 6888 goto +1
r1 += 1
if r0 == 6889 goto +1
r1 += 1
if r0 == 6890 goto +1
r1 += 1
if r0 == 6891 goto +1
r1 += 1
if r0 == 6892 goto +1
r1 += 1
if r0 == 6893 goto +1
r1 += 1
if r0 == 6894 goto +1
r1 += 1
if r0 == 6895 goto +1
r1 += 1
if r0 == 6896 goto +1
r1 += 1
if r0 == 6897 goto +1
r1 += 1
if r0 == 6898 goto +1
r1 += 1
if r0 == 6899 goto +1
r1 += 1
if r0 == 6900 goto +1
r1 += 1
if r0 == 6901 goto +1
r1 += 1
if r0 == 6902 goto +1
r1 += 1
if r0 == 6903 goto +1
r1 += 1
if r0 == 6904 goto +1
r1 += 1
if r0 == 6905 goto +1
r1 += 1
if r0 == 6906 goto +1
r1 += 1
if r0 == 6907 goto +1
r1 += 1
if r0 == 6908 goto +1
r1 += 1
if r0 == 6909 goto +1
r1 += 1
if r0 == 6910 goto +1
r1 += 1
if r0 == 6911 goto +1
r1 += 1
if r0 == 6912 goto +1
r1 += 1
if r0 == 6913 goto +1
r1 += 1
if r0 == 6914 goto +1
r1 += 1
if r0 == 6915 goto +1
r1 += 1
if r0 == 6916 goto +1
r1 += 1
if r0 == 6917 goto +1
r1 += 1
if r0 == 6918 goto +1
r1 += 1
if r0 == 6919 goto +1
r1 += 1
if r0 == 6920 goto +1
r1 += 1
if r0 == 6921 goto +1
r1 += 1
if r0 == 6922 goto +1
r1 += 1
if r0 == 6923 goto +1
r1 += 1
if r0 == 6924 goto +1
r1 += 1
if r0 == 6925 goto +1
r1 += 1
if r0 == 6926 goto +1
r1 += 1
if r0 == 6927 goto +1
r1 += 1
if r0 == 6928 goto +1
r1 += 1
if r0 == 6929 goto +1
r1 += 1
if r0 == 6930 goto +1
r1 += 1
if r0 == 6931 goto +1
r1 += 1
if r0 == 6932 goto +1
r1 += 1
if r0 == 6933 goto +1
r1 += 1
if r0 == 6934 goto +1
r1 += 1
if r0 == 6935 goto +1
r1 += 1
if r0 == 6936 goto +1
r1 += 1
if r0 == 6937 goto +1
r1 += 1
if r0 == 6938 goto +1
r1 += 1
if r0 == 6939 goto +1
r1 += 1
if r0 == 6940 goto +1
r1 += 1
if r0 == 6941 goto +1
r1 += 1
if r0 == 6942 goto +1
r1 += 1
if r0 == 6943 goto +1
r1 += 1
if r0 == 6944 goto +1
r1 += 1
if r0 == 6945 goto +1
r1 += 1
if r0 == 6946 goto +1
r1 += 1
if r0 == 6947 goto +1
r1 += 1
if r0 == 6948 goto +1
r1 += 1
if r0 == 6949 goto +1
r1 += 1
if r0 == 6950 goto +1
r1 += 1
if r0 == 6951 goto +1
r1 += 1
if r0 == 6952 goto +1
r1 += 1
if r0 == 6953 goto +1
r1 += 1
if r0 == 6954 goto +1
r1 += 1
if r0 == 6955 goto +1
r1 += 1
if r0 == 6956 goto +1
r1 += 1
if r0 == 6957 goto +1
r1 += 1
if r0 == 6958 goto +1
r1 += 1
if r0 == 6959 goto +1
r1 += 1
if r0 == 6960 goto +1
r1 += 1
if r0 == 6961 goto +1
r1 += 1
if r0 == 6962 goto +1
r1 += 1
if r0 == 6963 goto +1
r1 += 1
if r0 == 6964 goto +1
r1 += 1
if r0 == 6965 goto +1
r1 += 1
if r0 == 6966 goto +1
r1 += 1
if r0 == 6967 goto +1
r1 += 1
if r0 == 6968 goto +1
r1 += 1
if r0 == 6969 goto +1
r1 += 1
if r0 == 6970 goto +1
r1 += 1
if r0 == 6971 goto +1
r1 += 1
if r0 == 6972 goto +1
r1 += 1
if r0 == 6973 goto +1
r1 += 1
if r0 == 6974 goto +1
r1 += 1
if r0 == 6975 goto +1
r1 += 1
if r0 == 6976 goto +1
r1 += 1
if r0 == 6977 goto +1
r1 += 1
if r0 == 6978 goto +1
r1 += 1
if r0 == 6979 goto +1
r1 += 1
if r0 == 6980 goto +1
r1 += 1
if r0 == 6981 goto +1
r1 += 1
if r0 == 6982 goto +1
r1 += 1
if r0 == 6983 goto +1
r1 += 1
if r0 == 6984 goto +1
r1 += 1
if r0 == 6985 goto +1
r1 += 1
if r0 == 6986 goto +1
r1 += 1
if r0 == 6987 goto +1
r1 += 1
if r0 == 6988 goto +1
r1 += 1
if r0 == 6989 goto +1
r1 += 1
if r0 == 6990 goto +1
r1 += 1
if r0 == 6991 goto +1
r1 += 1
if r0 == 6992 goto +1
r1 += 1
if r0 == 6993 goto +1
r1 += 1
if r0 == 6994 goto +1
r1 += 1
if r0 == 6995 goto +1
r1 += 1
if r0 == 6996 goto +1
r1 += 1
if r0 == 6997 goto +1
r1 += 1
if r0 == 6998 goto +1
r1 += 1
if r0 == 6999 goto +1
r1 += 1
if r0 == 7000 goto +1
r1 += 1
if r0 == 7001 goto +1
r1 += 1
if r0 == 7002 goto +1
r1 += 1
if r0 == 7003 goto +1
r1 += 1
if r0 == 7004 goto +1
r1 += 1
if r0 == 7005 goto +1
r1 += 1
if r0 == 7006 goto +1
r1 += 1
if r0 == 7007 goto +1
r1 += 1
if r0 == 7008 goto +1
r1 += 1
if r0 == 7009 goto +1
r1 += 1
if r0 == 7010 goto +1
r1 += 1
if r0 == 7011 goto +1
r1 += 1
if r0 == 7012 goto +1
r1 += 1
if r0 == 7013 goto +1
r1 += 1
if r0 == 7014 goto +1
r1 += 1
if r0 == 7015 goto +1
r1 += 1
if r0 == 7016 goto +1
r1 += 1
if r0 == 7017 goto +1
r1 += 1
if r0 == 7018 goto +1
r1 += 1
if r0 == 7019 goto +1
r1 += 1
if r0 == 7020 goto +1
r1 += 1
if r0 == 7021 goto +1
r1 += 1
if r0 == 7022 goto +1
r1 += 1
if r0 == 7023 goto +1
r1 += 1
if r0 == 7024 goto +1
r1 += 1
if r0 == 7025 goto +1
r1 += 1
if r0 == 7026 goto +1
r1 += 1
if r0 == 7027 goto +1
r1 += 1
if r0 == 7028 goto +1
r1 += 1
if r0 == 7029 goto +1
r1 += 1
if r0 == 7030 goto +1
r1 += 1
if r0 == 7031 goto +1
r1 += 1
if r0 == 7032 goto +1
r1 += 1
if r0 == 7033 goto +1
r1 += 1
if r0 == 7034 goto +1
r1 += 1
if r0 == 7035 goto +1
r1 += 1
if r0 == 7036 goto +1
r1 += 1
if r0 == 7037 goto +1
r1 += 1
if r0 == 7038 goto +1
r1 += 1
if r0 == 7039 goto +1
r1 += 1
if r0 == 7040 goto +1
r1 += 1
if r0 == 7041 goto +1
r1 += 1
if r0 == 7042 goto +1
r1 += 1
if r0 == 7043 goto +1
r1 += 1
if r0 == 7044 goto +1
r1 += 1
if r0 == 7045 goto +1
r1 += 1
if r0 == 7046 goto +1
r1 += 1
if r0 == 7047 goto +1
r1 += 1
if r0 == 7048 goto +1
r1 += 1
if r0 == 7049 goto +1
r1 += 1
if r0 == 7050 goto +1
r1 += 1
if r0 == 7051 goto +1
r1 += 1
if r0 == 7052 goto +1
r1 += 1
if r0 == 7053 goto +1
r1 += 1
if r0 == 7054 goto +1
r1 += 1
if r0 == 7055 goto +1
r1 += 1
if r0 == 7056 goto +1
r1 += 1
if r0 == 7057 goto +1
r1 += 1
if r0 == 7058 goto +1
r1 += 1
if r0 == 7059 goto +1
r1 += 1
if r0 == 7060 goto +1
r1 += 1
if r0 == 7061 goto +1
r1 += 1
if r0 == 7062 goto +1
r1 += 1
if r0 == 7063 goto +1
r1 += 1
if r0 == 7064 goto +1
r1 += 1
if r0 == 7065 goto +1
r1 += 1
if r0 == 7066 goto +1
r1 += 1
if r0 == 7067 goto +1
r1 += 1
if r0 == 7068 goto +1
r1 += 1
if r0 == 7069 goto +1
r1 += 1
if r0 == 7070 goto +1
r1 += 1
if r0 == 7071 goto +1
r1 += 1
if r0 == 7072 goto +1
r1 += 1
if r0 == 7073 goto +1
r1 += 1
if r0 == 7074 goto +1
r1 += 1
if r0 == 7075 goto +1
r1 += 1
if r0 == 7076 goto +1
r1 += 1
if r0 == 7077 goto +1
r1 += 1
if r0 == 7078 goto +1
r1 += 1
if r0 == 7079 goto +1
r1 += 1
if r0 == 7080 goto +1
r1 += 1
if r0 == 7081 goto +1
r1 += 1
if r0 == 7082 goto +1
r1 += 1
if r0 == 7083 goto +1
r1 += 1
if r0 == 7084 goto +1
r1 += 1
if r0 == 7085 goto +1
r1 += 1
if r0 == 7086 goto +1
r1 += 1
if r0 == 7087 goto +1
r1 += 1
if r0 == 7088 goto +1
r1 += 1
if r0 == 7089 goto +1
r1 += 1
if r0 == 7090 goto +1
r1 += 1
if r0 == 7091 goto +1
r1 += 1
if r0 == 7092 goto +1
r1 += 1
if r0 == 7093 goto +1
r1 += 1
if r0 == 7094 goto +1
r1 += 1
if r0 == 7095 goto +1
r1 += 1
if r0 == 7096 goto +1
r1 += 1
if r0 == 7097 goto +1
r1 += 1
if r0 == 7098 goto +1
r1 += 1
if r0 == 7099 goto +1
r1 += 1
if r0 == 7100 goto +1
r1 += 1
if r0 == 7101 goto +1
r1 += 1
if r0 == 7102 goto +1
r1 += 1
if r0 == 7103 goto +1
r1 += 1
if r0 == 7104 goto +1
r1 += 1
if r0 == 7105 goto +1
r1 += 1
if r0 == 7106 goto +1
r1 += 1
if r0 == 7107 goto +1
r1 += 1
if r0 == 7108 goto +1
r1 += 1
if r0 == 7109 goto +1
r1 += 1
if r0 == 7110 goto +1
r1 += 1
if r0 == 7111 goto +1
r1 += 1
if r0 == 7112 goto +1
r1 += 1
if r0 == 7113 goto +1
r1 += 1
if r0 == 7114 goto +1
r1 += 1
if r0 == 7115 goto +1
r1 += 1
if r0 == 7116 goto +1
r1 += 1
if r0 == 7117 goto +1
r1 += 1
if r0 == 7118 goto +1
r1 += 1
if r0 == 7119 goto +1
r1 += 1
if r0 == 7120 goto +1
r1 += 1
if r0 == 7121 goto +1
r1 += 1
if r0 == 7122 goto +1
r1 += 1
if r0 == 7123 goto +1
r1 += 1
if r0 == 7124 goto +1
r1 += 1
if r0 == 7125 goto +1
r1 += 1
if r0 == 7126 goto +1
r1 += 1
if r0 == 7127 goto +1
r1 += 1
if r0 == 7128 goto +1
r1 += 1
if r0 == 7129 goto +1
r1 += 1
if r0 == 7130 goto +1
r1 += 1
if r0 == 7131 goto +1
r1 += 1
if r0 == 7132 goto +1
r1 += 1
if r0 == 7133 goto +1
r1 += 1
if r0 == 7134 goto +1
r1 += 1
if r0 == 7135 goto +1
r1 += 1
if r0 == 7136 goto +1
r1 += 1
if r0 == 7137 goto +1
r1 += 1
if r0 == 7138 goto +1
r1 += 1
if r0 == 7139 goto +1
r1 += 1
if r0 == 7140 goto +1
r1 += 1
if r0 == 7141 goto +1
r1 += 1
if r0 == 7142 goto +1
r1 += 1
if r0 == 7143 goto +1
r1 += 1
if r0 == 7144 goto +1
r1 += 1
if r0 == 7145 goto +1
r1 += 1
if r0 == 7146 goto +1
r1 += 1
if r0 == 7147 goto +1
r1 += 1
if r0 == 7148 goto +1
r1 += 1
if r0 == 7149 goto +1
r1 += 1
if r0 == 7150 goto +1
r1 += 1
if r0 == 7151 goto +1
r1 += 1
if r0 == 7152 goto +1
r1 += 1
if r0 == 7153 goto +1
r1 += 1
if r0 == 7154 goto +1
r1 += 1
if r0 == 7155 goto +1
r1 += 1
if r0 == 7156 goto +1
r1 += 1
if r0 == 7157 goto +1
r1 += 1
if r0 == 7158 goto +1
r1 += 1
if r0 == 7159 goto +1
r1 += 1
if r0 == 7160 goto +1
r1 += 1
if r0 == 7161 goto +1
r1 += 1
if r0 == 7162 goto +1
r1 += 1
if r0 == 7163 goto +1
r1 += 1
if r0 == 7164 goto +1
r1 += 1
if r0 == 7165 goto +1
r1 += 1
if r0 == 7166 goto +1
r1 += 1
if r0 == 7167 goto +1
r1 += 1
if r0 == 7168 goto +1
r1 += 1
if r0 == 7169 goto +1
r1 += 1
if r0 == 7170 goto +1
r1 += 1
if r0 == 7171 goto +1
r1 += 1
if r0 == 7172 goto +1
r1 += 1
if r0 == 7173 goto +1
r1 += 1
if r0 == 7174 goto +1
r1 += 1
if r0 == 7175 goto +1
r1 += 1
if r0 == 7176 goto +1
r1 += 1
if r0 == 7177 goto +1
r1 += 1
if r0 == 7178 goto +1
r1 += 1
if r0 == 7179 goto +1
r1 += 1
if r0 == 7180 goto +1
r1 += 1
if r0 == 7181 goto +1
r1 += 1
if r0 == 7182 goto +1
r1 += 1
if r0 == 7183 goto +1
r1 += 1
if r0 == 7184 goto +1
r1 += 1
if r0 == 7185 goto +1
r1 += 1
if r0 == 7186 goto +1
r1 += 1
if r0 == 7187 goto +1
r1 += 1
if r0 == 7188 goto +1
r1 += 1
if r0 == 7189 goto +1
r1 += 1
if r0 == 7190 goto +1
r1 += 1
if r0 == 7191 goto +1
r1 += 1
if r0 == 7192 goto +1
r1 += 1
if r0 == 7193 goto +1
r1 += 1
if r0 == 7194 goto +1
r1 += 1
if r0 == 7195 goto +1
r1 += 1
if r0 == 7196 goto +1
r1 += 1
if r0 == 7197 goto +1
r1 += 1
if r0 == 7198 goto +1
r1 += 1
if r0 == 7199 goto +1
r1 += 1
if r0 == 7200 goto +1
r1 += 1
if r0 == 7201 goto +1
r1 += 1
if r0 == 7202 goto +1
r1 += 1
if r0 == 7203 goto +1
r1 += 1
if r0 == 7204 goto +1
r1 += 1
if r0 == 7205 goto +1
r1 += 1
if r0 == 7206 goto +1
r1 += 1
if r0 == 7207 goto +1
r1 += 1
if r0 == 7208 goto +1
r1 += 1
if r0 == 7209 goto +1
r1 += 1
if r0 == 7210 goto +1
r1 += 1
if r0 == 7211 goto +1
r1 += 1
if r0 == 7212 goto +1
r1 += 1
if r0 == 7213 goto +1
r1 += 1
if r0 == 7214 goto +1
r1 += 1
if r0 == 7215 goto +1
r1 += 1
if r0 == 7216 goto +1
r1 += 1
if r0 == 7217 goto +1
r1 += 1
if r0 == 7218 goto +1
r1 += 1
if r0 == 7219 goto +1
r1 += 1
if r0 == 7220 goto +1
r1 += 1
if r0 == 7221 goto +1
r1 += 1
if r0 == 7222 goto +1
r1 += 1
if r0 == 7223 goto +1
r1 += 1
if r0 == 7224 goto +1
r1 += 1
if r0 == 7225 goto +1
r1 += 1
if r0 == 7226 goto +1
r1 += 1
if r0 == 7227 goto +1
r1 += 1
if r0 == 7228 goto +1
r1 += 1
if r0 == 7229 goto +1
r1 += 1
if r0 == 7230 goto +1
r1 += 1
if r0 == 7231 goto +1
r1 += 1
if r0 == 7232 goto +1
r1 += 1
if r0 == 7233 goto +1
r1 += 1
if r0 == 7234 goto +1
r1 += 1
if r0 == 7235 goto +1
r1 += 1
if r0 == 7236 goto +1
r1 += 1
if r0 == 7237 goto +1
r1 += 1
if r0 == 7238 goto +1
r1 += 1
if r0 == 7239 goto +1
r1 += 1
if r0 == 7240 goto +1
r1 += 1
if r0 == 7241 goto +1
r1 += 1
if r0 == 7242 goto +1
r1 += 1
if r0 == 7243 goto +1
r1 += 1
if r0 == 7244 goto +1
r1 += 1
if r0 == 7245 goto +1
r1 += 1
if r0 == 7246 goto +1
r1 += 1
if r0 == 7247 goto +1
r1 += 1
if r0 == 7248 goto +1
r1 += 1
if r0 == 7249 goto +1
r1 += 1
if r0 == 7250 goto +1
r1 += 1
if r0 == 7251 goto +1
r1 += 1
if r0 == 7252 goto +1
r1 += 1
if r0 == 7253 goto +1
r1 += 1
if r0 == 7254 goto +1
r1 += 1
if r0 == 7255 goto +1
r1 += 1
if r0 == 7256 goto +1
r1 += 1
if r0 == 7257 goto +1
r1 += 1
if r0 == 7258 goto +1
r1 += 1
if r0 == 7259 goto +1
r1 += 1
if r0 == 7260 goto +1
r1 += 1
if r0 == 7261 goto +1
r1 += 1
if r0 == 7262 goto +1
r1 += 1
if r0 == 7263 goto +1
r1 += 1
if r0 == 7264 goto +1
r1 += 1
if r0 == 7265 goto +1
r1 += 1
if r0 == 7266 goto +1
r1 += 1
if r0 == 7267 goto +1
r1 += 1
if r0 == 7268 goto +1
r1 += 1
if r0 == 7269 goto +1
r1 += 1
if r0 == 7270 goto +1
r1 += 1
if r0 == 7271 goto +1
r1 += 1
if r0 == 7272 goto +1
r1 += 1
if r0 == 7273 goto +1
r1 += 1
if r0 == 7274 goto +1
r1 += 1
if r0 == 7275 goto +1
r1 += 1
if r0 == 7276 goto +1
r1 += 1
if r0 == 7277 goto +1
r1 += 1
if r0 == 7278 goto +1
r1 += 1
if r0 == 7279 goto +1
r1 += 1
if r0 == 7280 goto +1
r1 += 1
if r0 == 7281 goto +1
r1 += 1
if r0 == 7282 goto +1
r1 += 1
if r0 == 7283 goto +1
r1 += 1
if r0 == 7284 goto +1
r1 += 1
if r0 == 7285 goto +1
r1 += 1
if r0 == 7286 goto +1
r1 += 1
if r0 == 7287 goto +1
r1 += 1
if r0 == 7288 goto +1
r1 += 1
if r0 == 7289 goto +1
r1 += 1
if r0 == 7290 goto +1
r1 += 1
if r0 == 7291 goto +1
r1 += 1
if r0 == 7292 goto +1
r1 += 1
if r0 == 7293 goto +1
r1 += 1
if r0 == 7294 goto +1
r1 += 1
if r0 == 7295 goto +1
r1 += 1
if r0 == 7296 goto +1
r1 += 1
if r0 == 7297 goto +1
r1 += 1
if r0 == 7298 goto +1
r1 += 1
if r0 == 7299 goto +1
r1 += 1
if r0 == 7300 goto +1
r1 += 1
if r0 == 7301 goto +1
r1 += 1
if r0 == 7302 goto +1
r1 += 1
if r0 == 7303 goto +1
r1 += 1
if r0 == 7304 goto +1
r1 += 1
if r0 == 7305 goto +1
r1 += 1
if r0 == 7306 goto +1
r1 += 1
if r0 == 7307 goto +1
r1 += 1
if r0 == 7308 goto +1
r1 += 1
if r0 == 7309 goto +1
r1 += 1
if r0 == 7310 goto +1
r1 += 1
if r0 == 7311 goto +1
r1 += 1
if r0 == 7312 goto +1
r1 += 1
if r0 == 7313 goto +1
r1 += 1
if r0 == 7314 goto +1
r1 += 1
if r0 == 7315 goto +1
r1 += 1
if r0 == 7316 goto +1
r1 += 1
if r0 == 7317 goto +1
r1 += 1
if r0 == 7318 goto +1
r1 += 1
if r0 == 7319 goto +1
r1 += 1
if r0 == 7320 goto +1
r1 += 1
if r0 == 7321 goto +1
r1 += 1
if r0 == 7322 goto +1
r1 += 1
if r0 == 7323 goto +1
r1 += 1
if r0 == 7324 goto +1
r1 += 1
if r0 == 7325 goto +1
r1 += 1
if r0 == 7326 goto +1
r1 += 1
if r0 == 7327 goto +1
r1 += 1
if r0 == 7328 goto +1
r1 += 1
if r0 == 7329 goto +1
r1 += 1
if r0 == 7330 goto +1
r1 += 1
if r0 == 7331 goto +1
r1 += 1
if r0 == 7332 goto +1
r1 += 1
if r0 == 7333 goto +1
r1 += 1
if r0 == 7334 goto +1
r1 += 1
if r0 == 7335 goto +1
r1 += 1
if r0 == 7336 goto +1
r1 += 1
if r0 == 7337 goto +1
r1 += 1
if r0 == 7338 goto +1
r1 += 1
if r0 == 7339 goto +1
r1 += 1
if r0 == 7340 goto +1
r1 += 1
if r0 == 7341 goto +1
r1 += 1
if r0 == 7342 goto +1
r1 += 1
if r0 == 7343 goto +1
r1 += 1
if r0 == 7344 goto +1
r1 += 1
if r0 == 7345 goto +1
r1 += 1
if r0 == 7346 goto +1
r1 += 1
if r0 == 7347 goto +1
r1 += 1
if r0 == 7348 goto +1
r1 += 1
if r0 == 7349 goto +1
r1 += 1
if r0 == 7350 goto +1
r1 += 1
if r0 == 7351 goto +1
r1 += 1
if r0 == 7352 goto +1
r1 += 1
if r0 == 7353 goto +1
r1 += 1
if r0 == 7354 goto +1
r1 += 1
if r0 == 7355 goto +1
r1 += 1
if r0 == 7356 goto +1
r1 += 1
if r0 == 7357 goto +1
r1 += 1
if r0 == 7358 goto +1
r1 += 1
if r0 == 7359 goto +1
r1 += 1
if r0 == 7360 goto +1
r1 += 1
if r0 == 7361 goto +1
r1 += 1
if r0 == 7362 goto +1
r1 += 1
if r0 == 7363 goto +1
r1 += 1
if r0 == 7364 goto +1
r1 += 1
if r0 == 7365 goto +1
r1 += 1
if r0 == 7366 goto +1
r1 += 1
if r0 == 7367 goto +1
r1 += 1
if r0 == 7368 goto +1
r1 += 1
if r0 == 7369 goto +1
r1 += 1
if r0 == 7370 goto +1
r1 += 1
if r0 == 7371 goto +1
r1 += 1
if r0 == 7372 goto +1
r1 += 1
if r0 == 7373 goto +1
r1 += 1
if r0 == 7374 goto +1
r1 += 1
if r0 == 7375 goto +1
r1 += 1
if r0 == 7376 goto +1
r1 += 1
if r0 == 7377 goto +1
r1 += 1
if r0 == 7378 goto +1
r1 += 1
if r0 == 7379 goto +1
r1 += 1
if r0 == 7380 goto +1
r1 += 1
if r0 == 7381 goto +1
r1 += 1
if r0 == 7382 goto +1
r1 += 1
if r0 == 7383 goto +1
r1 += 1
if r0 == 7384 goto +1
r1 += 1
if r0 == 7385 goto +1
r1 += 1
if r0 == 7386 goto +1
r1 += 1
if r0 == 7387 goto +1
r1 += 1
if r0 == 7388 goto +1
r1 += 1
if r0 == 7389 goto +1
r1 += 1
if r0 == 7390 goto +1
r1 += 1
if r0 == 7391 goto +1
r1 += 1
if r0 == 7392 goto +1
r1 += 1
if r0 == 7393 goto +1
r1 += 1
if r0 == 7394 goto +1
r1 += 1
if r0 == 7395 goto +1
r1 += 1
if r0 == 7396 goto +1
r1 += 1
if r0 == 7397 goto +1
r1 += 1
if r0 == 7398 goto +1
r1 += 1
if r0 == 7399 goto +1
r1 += 1
if r0 == 7400 goto +1
r1 += 1
if r0 == 7401 goto +1
r1 += 1
if r0 == 7402 goto +1
r1 += 1
if r0 == 7403 goto +1
r1 += 1
if r0 == 7404 goto +1
r1 += 1
if r0 == 7405 goto +1
r1 += 1
if r0 == 7406 goto +1
r1 += 1
if r0 == 7407 goto +1
r1 += 1
if r0 == 7408 goto +1
r1 += 1
if r0 == 7409 goto +1
r1 += 1
if r0 == 7410 goto +1
r1 += 1
if r0 == 7411 goto +1
r1 += 1
if r0 == 7412 goto +1
r1 += 1
if r0 == 7413 goto +1
r1 += 1
if r0 == 7414 goto +1
r1 += 1
if r0 == 7415 goto +1
r1 += 1
if r0 == 7416 goto +1
r1 += 1
if r0 == 7417 goto +1
r1 += 1
if r0 == 7418 goto +1
r1 += 1
if r0 == 7419 goto +1
r1 += 1
if r0 == 7420 goto +1
r1 += 1
if r0 == 7421 goto +1
r1 += 1
if r0 == 7422 goto +1
r1 += 1
if r0 == 7423 goto +1
r1 += 1
if r0 == 7424 goto +1
r1 += 1
if r0 == 7425 goto +1
r1 += 1
if r0 == 7426 goto +1
r1 += 1
if r0 == 7427 goto +1
r1 += 1
if r0 == 7428 goto +1
r1 += 1
if r0 == 7429 goto +1
r1 += 1
if r0 == 7430 goto +1
r1 += 1
if r0 == 7431 goto +1
r1 += 1
if r0 == 7432 goto +1
r1 += 1
if r0 == 7433 goto +1
r1 += 1
if r0 == 7434 goto +1
r1 += 1
if r0 == 7435 goto +1
r1 += 1
if r0 == 7436 goto +1
r1 += 1
if r0 == 7437 goto +1
r1 += 1
if r0 == 7438 goto +1
r1 += 1
if r0 == 7439 goto +1
r1 += 1
if r0 == 7440 goto +1
r1 += 1
if r0 == 7441 goto +1
r1 += 1
if r0 == 7442 goto +1
r1 += 1
if r0 == 7443 goto +1
r1 += 1
if r0 == 7444 goto +1
r1 += 1
if r0 == 7445 goto +1
r1 += 1
if r0 == 7446 goto +1
r1 += 1
if r0 == 7447 goto +1
r1 += 1
if r0 == 7448 goto +1
r1 += 1
if r0 == 7449 goto +1
r1 += 1
if r0 == 7450 goto +1
r1 += 1
if r0 == 7451 goto +1
r1 += 1
if r0 == 7452 goto +1
r1 += 1
if r0 == 7453 goto +1
r1 += 1
if r0 == 7454 goto +1
r1 += 1
if r0 == 7455 goto +1
r1 += 1
if r0 == 7456 goto +1
r1 += 1
if r0 == 7457 goto +1
r1 += 1
if r0 == 7458 goto +1
r1 += 1
if r0 == 7459 goto +1
r1 += 1
if r0 == 7460 goto +1
r1 += 1
if r0 == 7461 goto +1
r1 += 1
if r0 == 7462 goto +1
r1 += 1
if r0 == 7463 goto +1
r1 += 1
if r0 == 7464 goto +1
r1 += 1
if r0 == 7465 goto +1
r1 += 1
if r0 == 7466 goto +1
r1 += 1
if r0 == 7467 goto +1
r1 += 1
if r0 == 7468 goto +1
r1 += 1
if r0 == 7469 goto +1
r1 += 1
if r0 == 7470 goto +1
r1 += 1
if r0 == 7471 goto +1
r1 += 1
if r0 == 7472 goto +1
r1 += 1
if r0 == 7473 goto +1
r1 += 1
if r0 == 7474 goto +1
r1 += 1
if r0 == 7475 goto +1
r1 += 1
if r0 == 7476 goto +1
r1 += 1
if r0 == 7477 goto +1
r1 += 1
if r0 == 7478 goto +1
r1 += 1
if r0 == 7479 goto +1
r1 += 1
if r0 == 7480 goto +1
r1 += 1
if r0 == 7481 goto +1
r1 += 1
if r0 == 7482 goto +1
r1 += 1
if r0 == 7483 goto +1
r1 += 1
if r0 == 7484 goto +1
r1 += 1
if r0 == 7485 goto +1
r1 += 1
if r0 == 7486 goto +1
r1 += 1
if r0 == 7487 goto +1
r1 += 1
if r0 == 7488 goto +1
r1 += 1
if r0 == 7489 goto +1
r1 += 1
if r0 == 7490 goto +1
r1 += 1
if r0 == 7491 goto +1
r1 += 1
if r0 == 7492 goto +1
r1 += 1
if r0 == 7493 goto +1
r1 += 1
if r0 == 7494 goto +1
r1 += 1
if r0 == 7495 goto +1
r1 += 1
if r0 == 7496 goto +1
r1 += 1
if r0 == 7497 goto +1
r1 += 1
if r0 == 7498 goto +1
r1 += 1
if r0 == 7499 goto +1
r1 += 1
if r0 == 7500 goto +1
r1 += 1
if r0 == 7501 goto +1
r1 += 1
if r0 == 7502 goto +1
r1 += 1
if r0 == 7503 goto +1
r1 += 1
if r0 == 7504 goto +1
r1 += 1
if r0 == 7505 goto +1
r1 += 1
if r0 == 7506 goto +1
r1 += 1
if r0 == 7507 goto +1
r1 += 1
if r0 == 7508 goto +1
r1 += 1
if r0 == 7509 goto +1
r1 += 1
if r0 == 7510 goto +1
r1 += 1
if r0 == 7511 goto +1
r1 += 1
if r0 == 7512 goto +1
r1 += 1
if r0 == 7513 goto +1
r1 += 1
if r0 == 7514 goto +1
r1 += 1
if r0 == 7515 goto +1
r1 += 1
if r0 == 7516 goto +1
r1 += 1
if r0 == 7517 goto +1
r1 += 1
if r0 == 7518 goto +1
r1 += 1
if r0 == 7519 goto +1
r1 += 1
if r0 == 7520 goto +1
r1 += 1
if r0 == 7521 goto +1
r1 += 1
if r0 == 7522 goto +1
r1 += 1
if r0 == 7523 goto +1
r1 += 1
if r0 == 7524 goto +1
r1 += 1
if r0 == 7525 goto +1
r1 += 1
if r0 == 7526 goto +1
r1 += 1
if r0 == 7527 goto +1
r1 += 1
if r0 == 7528 goto +1
r1 += 1
if r0 == 7529 goto +1
r1 += 1
if r0 == 7530 goto +1
r1 += 1
if r0 == 7531 goto +1
r1 += 1
if r0 == 7532 goto +1
r1 += 1
if r0 == 7533 goto +1
r1 += 1
if r0 == 7534 goto +1
r1 += 1
if r0 == 7535 goto +1
r1 += 1
if r0 == 7536 goto +1
r1 += 1
if r0 == 7537 goto +1
r1 += 1
if r0 == 7538 goto +1
r1 += 1
if r0 == 7539 goto +1
r1 += 1
if r0 == 7540 goto +1
r1 += 1
if r0 == 7541 goto +1
r1 += 1
if r0 == 7542 goto +1
r1 += 1
if r0 == 7543 goto +1
r1 += 1
if r0 == 7544 goto +1
r1 += 1
if r0 == 7545 goto +1
r1 += 1
if r0 == 7546 goto +1
r1 += 1
if r0 == 7547 goto +1
r1 += 1
if r0 == 7548 goto +1
r1 += 1
if r0 == 7549 goto +1
r1 += 1
if r0 == 7550 goto +1
r1 += 1
if r0 == 7551 goto +1
r1 += 1
if r0 == 7552 goto +1
r1 += 1
if r0 == 7553 goto +1
r1 += 1
if r0 == 7554 goto +1
r1 += 1
if r0 == 7555 goto +1
r1 += 1
if r0 == 7556 goto +1
r1 += 1
if r0 == 7557 goto +1
r1 += 1
if r0 == 7558 goto +1
r1 += 1
if r0 == 7559 goto +1
r1 += 1
if r0 == 7560 goto +1
r1 += 1
if r0 == 7561 goto +1
r1 += 1
if r0 == 7562 goto +1
r1 += 1
if r0 == 7563 goto +1
r1 += 1
if r0 == 7564 goto +1
r1 += 1
if r0 == 7565 goto +1
r1 += 1
if r0 == 7566 goto +1
r1 += 1
if r0 == 7567 goto +1
r1 += 1
if r0 == 7568 goto +1
r1 += 1
if r0 == 7569 goto +1
r1 += 1
if r0 == 7570 goto +1
r1 += 1
if r0 == 7571 goto +1
r1 += 1
if r0 == 7572 goto +1
r1 += 1
if r0 == 7573 goto +1
r1 += 1
if r0 == 7574 goto +1
r1 += 1
if r0 == 7575 goto +1
r1 += 1
if r0 == 7576 goto +1
r1 += 1
if r0 == 7577 goto +1
r1 += 1
if r0 == 7578 goto +1
r1 += 1
if r0 == 7579 goto +1
r1 += 1
if r0 == 7580 goto +1
r1 += 1
if r0 == 7581 goto +1
r1 += 1
if r0 == 7582 goto +1
r1 += 1
if r0 == 7583 goto +1
r1 += 1
if r0 == 7584 goto +1
r1 += 1
if r0 == 7585 goto +1
r1 += 1
if r0 == 7586 goto +1
r1 += 1
if r0 == 7587 goto +1
r1 += 1
if r0 == 7588 goto +1
r1 += 1
if r0 == 7589 goto +1
r1 += 1
if r0 == 7590 goto +1
r1 += 1
if r0 == 7591 goto +1
r1 += 1
if r0 == 7592 goto +1
r1 += 1
if r0 == 7593 goto +1
r1 += 1
if r0 == 7594 goto +1
r1 += 1
if r0 == 7595 goto +1
r1 += 1
if r0 == 7596 goto +1
r1 += 1
if r0 == 7597 goto +1
r1 += 1
if r0 == 7598 goto +1
r1 += 1
if r0 == 7599 goto +1
r1 += 1
if r0 == 7600 goto +1
r1 += 1
if r0 == 7601 goto +1
r1 += 1
if r0 == 7602 goto +1
r1 += 1
if r0 == 7603 goto +1
r1 += 1
if r0 == 7604 goto +1
r1 += 1
if r0 == 7605 goto +1
r1 += 1
if r0 == 7606 goto +1
r1 += 1
if r0 == 7607 goto +1
r1 += 1
if r0 == 7608 goto +1
r1 += 1
if r0 == 7609 goto +1
r1 += 1
if r0 == 7610 goto +1
r1 += 1
if r0 == 7611 goto +1
r1 += 1
if r0 == 7612 goto +1
r1 += 1
if r0 == 7613 goto +1
r1 += 1
if r0 == 7614 goto +1
r1 += 1
if r0 == 7615 goto +1
r1 += 1
if r0 == 7616 goto +1
r1 += 1
if r0 == 7617 goto +1
r1 += 1
if r0 == 7618 goto +1
r1 += 1
if r0 == 7619 goto +1
r1 += 1
if r0 == 7620 goto +1
r1 += 1
if r0 == 7621 goto +1
r1 += 1
if r0 == 7622 goto +1
r1 += 1
if r0 == 7623 goto +1
r1 += 1
if r0 == 7624 goto +1
r1 += 1
if r0 == 7625 goto +1
r1 += 1
if r0 == 7626 goto +1
r1 += 1
if r0 == 7627 goto +1
r1 += 1
if r0 == 7628 goto +1
r1 += 1
if r0 == 7629 goto +1
r1 += 1
if r0 == 7630 goto +1
r1 += 1
if r0 == 7631 goto +1
r1 += 1
if r0 == 7632 goto +1
r1 += 1
if r0 == 7633 goto +1
r1 += 1
if r0 == 7634 goto +1
r1 += 1
if r0 == 7635 goto +1
r1 += 1
if r0 == 7636 goto +1
r1 += 1
if r0 == 7637 goto +1
r1 += 1
if r0 == 7638 goto +1
r1 += 1
if r0 == 7639 goto +1
r1 += 1
if r0 == 7640 goto +1
r1 += 1
if r0 == 7641 goto +1
r1 += 1
if r0 == 7642 goto +1
r1 += 1
if r0 == 7643 goto +1
r1 += 1
if r0 == 7644 goto +1
r1 += 1
if r0 == 7645 goto +1
r1 += 1
if r0 == 7646 goto +1
r1 += 1
if r0 == 7647 goto +1
r1 += 1
if r0 == 7648 goto +1
r1 += 1
if r0 == 7649 goto +1
r1 += 1
if r0 == 7650 goto +1
r1 += 1
if r0 == 7651 goto +1
r1 += 1
if r0 == 7652 goto +1
r1 += 1
if r0 == 7653 goto +1
r1 += 1
if r0 == 7654 goto +1
r1 += 1
if r0 == 7655 goto +1
r1 += 1
if r0 == 7656 goto +1
r1 += 1
if r0 == 7657 goto +1
r1 += 1
if r0 == 7658 goto +1
r1 += 1
if r0 == 7659 goto +1
r1 += 1
if r0 == 7660 goto +1
r1 += 1
if r0 == 7661 goto +1
r1 += 1
if r0 == 7662 goto +1
r1 += 1
if r0 == 7663 goto +1
r1 += 1
if r0 == 7664 goto +1
r1 += 1
if r0 == 7665 goto +1
r1 += 1
if r0 == 7666 goto +1
r1 += 1
if r0 == 7667 goto +1
r1 += 1
if r0 == 7668 goto +1
r1 += 1
if r0 == 7669 goto +1
r1 += 1
if r0 == 7670 goto +1
r1 += 1
if r0 == 7671 goto +1
r1 += 1
if r0 == 7672 goto +1
r1 += 1
if r0 == 7673 goto +1
r1 += 1
if r0 == 7674 goto +1
r1 += 1
if r0 == 7675 goto +1
r1 += 1
if r0 == 7676 goto +1
r1 += 1
if r0 == 7677 goto +1
r1 += 1
if r0 == 7678 goto +1
r1 += 1
if r0 == 7679 goto +1
r1 += 1
if r0 == 7680 goto +1
r1 += 1
if r0 == 7681 goto +1
r1 += 1
if r0 == 7682 goto +1
r1 += 1
if r0 == 7683 goto +1
r1 += 1
if r0 == 7684 goto +1
r1 += 1
if r0 == 7685 goto +1
r1 += 1
if r0 == 7686 goto +1
r1 += 1
if r0 == 7687 goto +1
r1 += 1
if r0 == 7688 goto +1
r1 += 1
if r0 == 7689 goto +1
r1 += 1
if r0 == 7690 goto +1
r1 += 1
if r0 == 7691 goto +1
r1 += 1
if r0 == 7692 goto +1
r1 += 1
if r0 == 7693 goto +1
r1 += 1
if r0 == 7694 goto +1
r1 += 1
if r0 == 7695 goto +1
r1 += 1
if r0 == 7696 goto +1
r1 += 1
if r0 == 7697 goto +1
r1 += 1
if r0 == 7698 goto +1
r1 += 1
if r0 == 7699 goto +1
r1 += 1
if r0 == 7700 goto +1
r1 += 1
if r0 == 7701 goto +1
r1 += 1
if r0 == 7702 goto +1
r1 += 1
if r0 == 7703 goto +1
r1 += 1
if r0 == 7704 goto +1
r1 += 1
if r0 == 7705 goto +1
r1 += 1
if r0 == 7706 goto +1
r1 += 1
if r0 == 7707 goto +1
r1 += 1
if r0 == 7708 goto +1
r1 += 1
if r0 == 7709 goto +1
r1 += 1
if r0 == 7710 goto +1
r1 += 1
if r0 == 7711 goto +1
r1 += 1
if r0 == 7712 goto +1
r1 += 1
if r0 == 7713 goto +1
r1 += 1
if r0 == 7714 goto +1
r1 += 1
if r0 == 7715 goto +1
r1 += 1
if r0 == 7716 goto +1
r1 += 1
if r0 == 7717 goto +1
r1 += 1
if r0 == 7718 goto +1
r1 += 1
if r0 == 7719 goto +1
r1 += 1
if r0 == 7720 goto +1
r1 += 1
if r0 == 7721 goto +1
r1 += 1
if r0 == 7722 goto +1
r1 += 1
if r0 == 7723 goto +1
r1 += 1
if r0 == 7724 goto +1
r1 += 1
if r0 == 7725 goto +1
r1 += 1
if r0 == 7726 goto +1
r1 += 1
if r0 == 7727 goto +1
r1 += 1
if r0 == 7728 goto +1
r1 += 1
if r0 == 7729 goto +1
r1 += 1
if r0 == 7730 goto +1
r1 += 1
if r0 == 7731 goto +1
r1 += 1
if r0 == 7732 goto +1
r1 += 1
if r0 == 7733 goto +1
r1 += 1
if r0 == 7734 goto +1
r1 += 1
if r0 == 7735 goto +1
r1 += 1
if r0 == 7736 goto +1
r1 += 1
if r0 == 7737 goto +1
r1 += 1
if r0 == 7738 goto +1
r1 += 1
if r0 == 7739 goto +1
r1 += 1
if r0 == 7740 goto +1
r1 += 1
if r0 == 7741 goto +1
r1 += 1
if r0 == 7742 goto +1
r1 += 1
if r0 == 7743 goto +1
r1 += 1
if r0 == 7744 goto +1
r1 += 1
if r0 == 7745 goto +1
r1 += 1
if r0 == 7746 goto +1
r1 += 1
if r0 == 7747 goto +1
r1 += 1
if r0 == 7748 goto +1
r1 += 1
if r0 == 7749 goto +1
r1 += 1
if r0 == 7750 goto +1
r1 += 1
if r0 == 7751 goto +1
r1 += 1
if r0 == 7752 goto +1
r1 += 1
if r0 == 7753 goto +1
r1 += 1
if r0 == 7754 goto +1
r1 += 1
if r0 == 7755 goto +1
r1 += 1
if r0 == 7756 goto +1
r1 += 1
if r0 == 7757 goto +1
r1 += 1
if r0 == 7758 goto +1
r1 += 1
if r0 == 7759 goto +1
r1 += 1
if r0 == 7760 goto +1
r1 += 1
if r0 == 7761 goto +1
r1 += 1
if r0 == 7762 goto +1
r1 += 1
if r0 == 7763 goto +1
r1 += 1
if r0 == 7764 goto +1
r1 += 1
if r0 == 7765 goto +1
r1 += 1
if r0 == 7766 goto +1
r1 += 1
if r0 == 7767 goto +1
r1 += 1
if r0 == 7768 goto +1
r1 += 1
if r0 == 7769 goto +1
r1 += 1
if r0 == 7770 goto +1
r1 += 1
if r0 == 7771 goto +1
r1 += 1
if r0 == 7772 goto +1
r1 += 1
if r0 == 7773 goto +1
r1 += 1
if r0 == 7774 goto +1
r1 += 1
if r0 == 7775 goto +1
r1 += 1
if r0 == 7776 goto +1
r1 += 1
if r0 == 7777 goto +1
r1 += 1
if r0 == 7778 goto +1
r1 += 1
if r0 == 7779 goto +1
r1 += 1
if r0 == 7780 goto +1
r1 += 1
if r0 == 7781 goto +1
r1 += 1
if r0 == 7782 goto +1
r1 += 1
if r0 == 7783 goto +1
r1 += 1
if r0 == 7784 goto +1
r1 += 1
if r0 == 7785 goto +1
r1 += 1
if r0 == 7786 goto +1
r1 += 1
if r0 == 7787 goto +1
r1 += 1
if r0 == 7788 goto +1
r1 += 1
if r0 == 7789 goto +1
r1 += 1
if r0 == 7790 goto +1
r1 += 1
if r0 == 7791 goto +1
r1 += 1
if r0 == 7792 goto +1
r1 += 1
if r0 == 7793 goto +1
r1 += 1
if r0 == 7794 goto +1
r1 += 1
if r0 == 7795 goto +1
r1 += 1
if r0 == 7796 goto +1
r1 += 1
if r0 == 7797 goto +1
r1 += 1
if r0 == 7798 goto +1
r1 += 1
if r0 == 7799 goto +1
r1 += 1
if r0 == 7800 goto +1
r1 += 1
if r0 == 7801 goto +1
r1 += 1
if r0 == 7802 goto +1
r1 += 1
if r0 == 7803 goto +1
r1 += 1
if r0 == 7804 goto +1
r1 += 1
if r0 == 7805 goto +1
r1 += 1
if r0 == 7806 goto +1
r1 += 1
if r0 == 7807 goto +1
r1 += 1
if r0 == 7808 goto +1
r1 += 1
if r0 == 7809 goto +1
r1 += 1
if r0 == 7810 goto +1
r1 += 1
if r0 == 7811 goto +1
r1 += 1
if r0 == 7812 goto +1
r1 += 1
if r0 == 7813 goto +1
r1 += 1
if r0 == 7814 goto +1
r1 += 1
if r0 == 7815 goto +1
r1 += 1
if r0 == 7816 goto +1
r1 += 1
if r0 == 7817 goto +1
r1 += 1
if r0 == 7818 goto +1
r1 += 1
if r0 == 7819 goto +1
r1 += 1
if r0 == 7820 goto +1
r1 += 1
if r0 == 7821 goto +1
r1 += 1
if r0 == 7822 goto +1
r1 += 1
if r0 == 7823 goto +1
r1 += 1
if r0 == 7824 goto +1
r1 += 1
if r0 == 7825 goto +1
r1 += 1
if r0 == 7826 goto +1
r1 += 1
if r0 == 7827 goto +1
r1 += 1
if r0 == 7828 goto +1
r1 += 1
if r0 == 7829 goto +1
r1 += 1
if r0 == 7830 goto +1
r1 += 1
if r0 == 7831 goto +1
r1 += 1
if r0 == 7832 goto +1
r1 += 1
if r0 == 7833 goto +1
r1 += 1
if r0 == 7834 goto +1
r1 += 1
if r0 == 7835 goto +1
r1 += 1
if r0 == 7836 goto +1
r1 += 1
if r0 == 7837 goto +1
r1 += 1
if r0 == 7838 goto +1
r1 += 1
if r0 == 7839 goto +1
r1 += 1
if r0 == 7840 goto +1
r1 += 1
if r0 == 7841 goto +1
r1 += 1
if r0 == 7842 goto +1
r1 += 1
if r0 == 7843 goto +1
r1 += 1
if r0 == 7844 goto +1
r1 += 1
if r0 == 7845 goto +1
r1 += 1
if r0 == 7846 goto +1
r1 += 1
if r0 == 7847 goto +1
r1 += 1
if r0 == 7848 goto +1
r1 += 1
if r0 == 7849 goto +1
r1 += 1
if r0 == 7850 goto +1
r1 += 1
if r0 == 7851 goto +1
r1 += 1
if r0 == 7852 goto +1
r1 += 1
if r0 == 7853 goto +1
r1 += 1
if r0 == 7854 goto +1
r1 += 1
if r0 == 7855 goto +1
r1 += 1
if r0 == 7856 goto +1
r1 += 1
if r0 == 7857 goto +1
r1 += 1
if r0 == 7858 goto +1
r1 += 1
if r0 == 7859 goto +1
r1 += 1
if r0 == 7860 goto +1
r1 += 1
if r0 == 7861 goto +1
r1 += 1
if r0 == 7862 goto +1
r1 += 1
if r0 == 7863 goto +1
r1 += 1
if r0 == 7864 goto +1
r1 += 1
if r0 == 7865 goto +1
r1 += 1
if r0 == 7866 goto +1
r1 += 1
if r0 == 7867 goto +1
r1 += 1
if r0 == 7868 goto +1
r1 += 1
if r0 == 7869 goto +1
r1 += 1
if r0 == 7870 goto +1
r1 += 1
if r0 == 7871 goto +1
r1 += 1
if r0 == 7872 goto +1
r1 += 1
if r0 == 7873 goto +1
r1 += 1
if r0 == 7874 goto +1
r1 += 1
if r0 == 7875 goto +1
r1 += 1
if r0 == 7876 goto +1
r1 += 1
if r0 == 7877 goto +1
r1 += 1
if r0 == 7878 goto +1
r1 += 1
if r0 == 7879 goto +1
r1 += 1
if r0 == 7880 goto +1
r1 += 1
if r0 == 7881 goto +1
r1 += 1
if r0 == 7882 goto +1
r1 += 1
if r0 == 7883 goto +1
r1 += 1
if r0 == 7884 goto +1
r1 += 1
if r0 == 7885 goto +1
r1 += 1
if r0 == 7886 goto +1
r1 += 1
if r0 == 7887 goto +1
r1 += 1
if r0 == 7888 goto +1
r1 += 1
if r0 == 7889 goto +1
r1 += 1
if r0 == 7890 goto +1
r1 += 1
if r0 == 7891 goto +1
r1 += 1
if r0 == 7892 goto +1
r1 += 1
if r0 == 7893 goto +1
r1 += 1
if r0 == 7894 goto +1
r1 += 1
if r0 == 7895 goto +1
r1 += 1
if r0 == 7896 goto +1
r1 += 1
if r0 == 7897 goto +1
r1 += 1
if r0 == 7898 goto +1
r1 += 1
if r0 == 7899 goto +1
r1 += 1
if r0 == 7900 goto +1
r1 += 1
if r0 == 7901 goto +1
r1 += 1
if r0 == 7902 goto +1
r1 += 1
if r0 == 7903 goto +1
r1 += 1
if r0 == 7904 goto +1
r1 += 1
if r0 == 7905 goto +1
r1 += 1
if r0 == 7906 goto +1
r1 += 1
if r0 == 7907 goto +1
r1 += 1
if r0 == 7908 goto +1
r1 += 1
if r0 == 7909 goto +1
r1 += 1
if r0 == 7910 goto +1
r1 += 1
if r0 == 7911 goto +1
r1 += 1
if r0 == 7912 goto +1
r1 += 1
if r0 == 7913 goto +1
r1 += 1
if r0 == 7914 goto +1
r1 += 1
if r0 == 7915 goto +1
r1 += 1
if r0 == 7916 goto +1
r1 += 1
if r0 == 7917 goto +1
r1 += 1
if r0 == 7918 goto +1
r1 += 1
if r0 == 7919 goto +1
r1 += 1
if r0 == 7920 goto +1
r1 += 1
if r0 == 7921 goto +1
r1 += 1
if r0 == 7922 goto +1
r1 += 1
if r0 == 7923 goto +1
r1 += 1
if r0 == 7924 goto +1
r1 += 1
if r0 == 7925 goto +1
r1 += 1
if r0 == 7926 goto +1
r1 += 1
if r0 == 7927 goto +1
r1 += 1
if r0 == 7928 goto +1
r1 += 1
if r0 == 7929 goto +1
r1 += 1
if r0 == 7930 goto +1
r1 += 1
if r0 == 7931 goto +1
r1 += 1
if r0 == 7932 goto +1
r1 += 1
if r0 == 7933 goto +1
r1 += 1
if r0 == 7934 goto +1
r1 += 1
if r0 == 7935 goto +1
r1 += 1
if r0 == 7936 goto +1
r1 += 1
if r0 == 7937 goto +1
r1 += 1
if r0 == 7938 goto +1
r1 += 1
if r0 == 7939 goto +1
r1 += 1
if r0 == 7940 goto +1
r1 += 1
if r0 == 7941 goto +1
r1 += 1
if r0 == 7942 goto +1
r1 += 1
if r0 == 7943 goto +1
r1 += 1
if r0 == 7944 goto +1
r1 += 1
if r0 == 7945 goto +1
r1 += 1
if r0 == 7946 goto +1
r1 += 1
if r0 == 7947 goto +1
r1 += 1
if r0 == 7948 goto +1
r1 += 1
if r0 == 7949 goto +1
r1 += 1
if r0 == 7950 goto +1
r1 += 1
if r0 == 7951 goto +1
r1 += 1
if r0 == 7952 goto +1
r1 += 1
if r0 == 7953 goto +1
r1 += 1
if r0 == 7954 goto +1
r1 += 1
if r0 == 7955 goto +1
r1 += 1
if r0 == 7956 goto +1
r1 += 1
if r0 == 7957 goto +1
r1 += 1
if r0 == 7958 goto +1
r1 += 1
if r0 == 7959 goto +1
r1 += 1
if r0 == 7960 goto +1
r1 += 1
if r0 == 7961 goto +1
r1 += 1
if r0 == 7962 goto +1
r1 += 1
if r0 == 7963 goto +1
r1 += 1
if r0 == 7964 goto +1
r1 += 1
if r0 == 7965 goto +1
r1 += 1
if r0 == 7966 goto +1
r1 += 1
if r0 == 7967 goto +1
r1 += 1
if r0 == 7968 goto +1
r1 += 1
if r0 == 7969 goto +1
r1 += 1
if r0 == 7970 goto +1
r1 += 1
if r0 == 7971 goto +1
r1 += 1
if r0 == 7972 goto +1
r1 += 1
if r0 == 7973 goto +1
r1 += 1
if r0 == 7974 goto +1
r1 += 1
if r0 == 7975 goto +1
r1 += 1
if r0 == 7976 goto +1
r1 += 1
if r0 == 7977 goto +1
r1 += 1
if r0 == 7978 goto +1
r1 += 1
if r0 == 7979 goto +1
r1 += 1
if r0 == 7980 goto +1
r1 += 1
if r0 == 7981 goto +1
r1 += 1
if r0 == 7982 goto +1
r1 += 1
if r0 == 7983 goto +1
r1 += 1
if r0 == 7984 goto +1
r1 += 1
if r0 == 7985 goto +1
r1 += 1
if r0 == 7986 goto +1
r1 += 1
if r0 == 7987 goto +1
r1 += 1
if r0 == 7988 goto +1
r1 += 1
if r0 == 7989 goto +1
r1 += 1
if r0 == 7990 goto +1
r1 += 1
if r0 == 7991 goto +1
r1 += 1
if r0 == 7992 goto +1
r1 += 1
if r0 == 7993 goto +1
r1 += 1
if r0 == 7994 goto +1
r1 += 1
if r0 == 7995 goto +1
r1 += 1
if r0 == 7996 goto +1
r1 += 1
if r0 == 7997 goto +1
r1 += 1
if r0 == 7998 goto +1
r1 += 1
if r0 == 7999 goto +1
r1 += 1
if r0 == 8000 goto +1
r1 += 1
if r0 == 8001 goto +1
r1 += 1
if r0 == 8002 goto +1
r1 += 1
if r0 == 8003 goto +1
r1 += 1
if r0 == 8004 goto +1
r1 += 1
if r0 == 8005 goto +1
r1 += 1
if r0 == 8006 goto +1
r1 += 1
if r0 == 8007 goto +1
r1 += 1
if r0 == 8008 goto +1
r1 += 1
if r0 == 8009 goto +1
r1 += 1
if r0 == 8010 goto +1
r1 += 1
if r0 == 8011 goto +1
r1 += 1
if r0 == 8012 goto +1
r1 += 1
if r0 == 8013 goto +1
r1 += 1
if r0 == 8014 goto +1
r1 += 1
if r0 == 8015 goto +1
r1 += 1
if r0 == 8016 goto +1
r1 += 1
if r0 == 8017 goto +1
r1 += 1
if r0 == 8018 goto +1
r1 += 1
if r0 == 8019 goto +1
r1 += 1
if r0 == 8020 goto +1
r1 += 1
if r0 == 8021 goto +1
r1 += 1
if r0 == 8022 goto +1
r1 += 1
if r0 == 8023 goto +1
r1 += 1
if r0 == 8024 goto +1
r1 += 1
if r0 == 8025 goto +1
r1 += 1
if r0 == 8026 goto +1
r1 += 1
if r0 == 8027 goto +1
r1 += 1
if r0 == 8028 goto +1
r1 += 1
if r0 == 8029 goto +1
r1 += 1
if r0 == 8030 goto +1
r1 += 1
if r0 == 8031 goto +1
r1 += 1
if r0 == 8032 goto +1
r1 += 1
if r0 == 8033 goto +1
r1 += 1
if r0 == 8034 goto +1
r1 += 1
if r0 == 8035 goto +1
r1 += 1
if r0 == 8036 goto +1
r1 += 1
if r0 == 8037 goto +1
r1 += 1
if r0 == 8038 goto +1
r1 += 1
if r0 == 8039 goto +1
r1 += 1
if r0 == 8040 goto +1
r1 += 1
if r0 == 8041 goto +1
r1 += 1
if r0 == 8042 goto +1
r1 += 1
if r0 == 8043 goto +1
r1 += 1
if r0 == 8044 goto +1
r1 += 1
if r0 == 8045 goto +1
r1 += 1
if r0 == 8046 goto +1
r1 += 1
if r0 == 8047 goto +1
r1 += 1
if r0 == 8048 goto +1
r1 += 1
if r0 == 8049 goto +1
r1 += 1
if r0 == 8050 goto +1
r1 += 1
if r0 == 8051 goto +1
r1 += 1
if r0 == 8052 goto +1
r1 += 1
if r0 == 8053 goto +1
r1 += 1
if r0 == 8054 goto +1
r1 += 1
if r0 == 8055 goto +1
r1 += 1
if r0 == 8056 goto +1
r1 += 1
if r0 == 8057 goto +1
r1 += 1
if r0 == 8058 goto +1
r1 += 1
if r0 == 8059 goto +1
r1 += 1
if r0 == 8060 goto +1
r1 += 1
if r0 == 8061 goto +1
r1 += 1
if r0 == 8062 goto +1
r1 += 1
if r0 == 8063 goto +1
r1 += 1
if r0 == 8064 goto +1
r1 += 1
if r0 == 8065 goto +1
r1 += 1
if r0 == 8066 goto +1
r1 += 1
if r0 == 8067 goto +1
r1 += 1
if r0 == 8068 goto +1
r1 += 1
if r0 == 8069 goto +1
r1 += 1
if r0 == 8070 goto +1
r1 += 1
if r0 == 8071 goto +1
r1 += 1
if r0 == 8072 goto +1
r1 += 1
if r0 == 8073 goto +1
r1 += 1
if r0 == 8074 goto +1
r1 += 1
if r0 == 8075 goto +1
r1 += 1
if r0 == 8076 goto +1
r1 += 1
if r0 == 8077 goto +1
r1 += 1
if r0 == 8078 goto +1
r1 += 1
if r0 == 8079 goto +1
r1 += 1
if r0 == 8080 goto +1
r1 += 1
if r0 == 8081 goto +1
r1 += 1
if r0 == 8082 goto +1
r1 += 1
if r0 == 8083 goto +1
r1 += 1
if r0 == 8084 goto +1
r1 += 1
if r0 == 8085 goto +1
r1 += 1
if r0 == 8086 goto +1
r1 += 1
if r0 == 8087 goto +1
r1 += 1
if r0 == 8088 goto +1
r1 += 1
if r0 == 8089 goto +1
r1 += 1
if r0 == 8090 goto +1
r1 += 1
if r0 == 8091 goto +1
r1 += 1
if r0 == 8092 goto +1
r1 += 1
if r0 == 8093 goto +1
r1 += 1
if r0 == 8094 goto +1
r1 += 1
if r0 == 8095 goto +1
r1 += 1
if r0 == 8096 goto +1
r1 += 1
if r0 == 8097 goto +1
r1 += 1
if r0 == 8098 goto +1
r1 += 1
if r0 == 8099 goto +1
r1 += 1
if r0 == 8100 goto +1
r1 += 1
if r0 == 8101 goto +1
r1 += 1
if r0 == 8102 goto +1
r1 += 1
if r0 == 8103 goto +1
r1 += 1
if r0 == 8104 goto +1
r1 += 1
if r0 == 8105 goto +1
r1 += 1
if r0 == 8106 goto +1
r1 += 1
if r0 == 8107 goto +1
r1 += 1
if r0 == 8108 goto +1
r1 += 1
if r0 == 8109 goto +1
r1 += 1
if r0 == 8110 goto +1
r1 += 1
if r0 == 8111 goto +1
r1 += 1
if r0 == 8112 goto +1
r1 += 1
if r0 == 8113 goto +1
r1 += 1
if r0 == 8114 goto +1
r1 += 1
if r0 == 8115 goto +1
r1 += 1
if r0 == 8116 goto +1
r1 += 1
if r0 == 8117 goto +1
r1 += 1
if r0 == 8118 goto +1
r1 += 1
if r0 == 8119 goto +1
r1 += 1
if r0 == 8120 goto +1
r1 += 1
if r0 == 8121 goto +1
r1 += 1
if r0 == 8122 goto +1
r1 += 1
if r0 == 8123 goto +1
r1 += 1
if r0 == 8124 goto +1
r1 += 1
if r0 == 8125 goto +1
r1 += 1
if r0 == 8126 goto +1
r1 += 1
if r0 == 8127 goto +1
r1 += 1
if r0 == 8128 goto +1
r1 += 1
if r0 == 8129 goto +1
r1 += 1
if r0 == 8130 goto +1
r1 += 1
if r0 == 8131 goto +1
r1 += 1
if r0 == 8132 goto +1
r1 += 1
if r0 == 8133 goto +1
r1 += 1
if r0 == 8134 goto +1
r1 += 1
if r0 == 8135 goto +1
r1 += 1
if r0 == 8136 goto +1
r1 += 1
if r0 == 8137 goto +1
r1 += 1
if r0 == 8138 goto +1
r1 += 1
if r0 == 8139 goto +1
r1 += 1
if r0 == 8140 goto +1
r1 += 1
if r0 == 8141 goto +1
r1 += 1
if r0 == 8142 goto +1
r1 += 1
if r0 == 8143 goto +1
r1 += 1
if r0 == 8144 goto +1
r1 += 1
if r0 == 8145 goto +1
r1 += 1
if r0 == 8146 goto +1
r1 += 1
if r0 == 8147 goto +1
r1 += 1
if r0 == 8148 goto +1
r1 += 1
if r0 == 8149 goto +1
r1 += 1
if r0 == 8150 goto +1
r1 += 1
if r0 == 8151 goto +1
r1 += 1
if r0 == 8152 goto +1
r1 += 1
if r0 == 8153 goto +1
r1 += 1
if r0 == 8154 goto +1
r1 += 1
if r0 == 8155 goto +1
r1 += 1
if r0 == 8156 goto +1
r1 += 1
if r0 == 8157 goto +1
r1 += 1
if r0 == 8158 goto +1
r1 += 1
if r0 == 8159 goto +1
r1 += 1
if r0 == 8160 goto +1
r1 += 1
if r0 == 8161 goto +1
r1 += 1
if r0 == 8162 goto +1
r1 += 1
if r0 == 8163 goto +1
r1 += 1
if r0 == 8164 goto +1
r1 += 1
if r0 == 8165 goto +1
r1 += 1
if r0 == 8166 goto +1
r1 += 1
if r0 == 8167 goto +1
r1 += 1
if r0 == 8168 goto +1
r1 += 1
if r0 == 8169 goto +1
r1 += 1
if r0 == 8170 goto +1
r1 += 1
if r0 == 8171 goto +1
r1 += 1
if r0 == 8172 goto +1
r1 += 1
if r0 == 8173 goto +1
r1 += 1
if r0 == 8174 goto +1
r1 += 1
if r0 == 8175 goto +1
r1 += 1
if r0 == 8176 goto +1
r1 += 1
if r0 == 8177 goto +1
r1 += 1
if r0 == 8178 goto +1
r1 += 1
if r0 == 8179 goto +1
r1 += 1
if r0 == 8180 goto +1
r1 += 1
if r0 == 8181 goto +1
r1 += 1
if r0 == 8182 goto +1
r1 += 1
if r0 == 8183 goto +1
r1 += 1
if r0 == 8184 goto +1
r1 += 1
if r0 == 8185 goto +1
r1 += 1
if r0 == 8186 goto +1
r1 += 1
if r0 == 8187 goto +1
r1 += 1
if r0 == 8188 goto +1
r1 += 1
if r0 == 8189 goto +1
r1 += 1
if r0 == 8190 goto +1
r1 += 1
if r0 == 8191 goto +1
r1 += 1
if r0 == 8192 goto +1
r1 += 1
if r0 == 8193 goto +1
r1 += 1
if r0 == 8194 goto +1
r1 += 1
if r0 == 8195 goto +1
r1 += 1
if r0 == 8196 goto +1
r1 += 1
if r0 == 8197 goto +1
r1 += 1
if r0 == 8198 goto +1
r1 += 1
if r0 == 8199 goto +1
r1 += 1
if r0 == 8200 goto +1
r1 += 1
if r0 == 8201 goto +1
r1 += 1
if r0 == 8202 goto +1
r1 += 1
if r0 == 8203 goto +1
r1 += 1
if r0 == 8204 goto +1
r1 += 1
if r0 == 8205 goto +1
r1 += 1
if r0 == 8206 goto +1
r1 += 1
if r0 == 8207 goto +1
r1 += 1
if r0 == 8208 goto +1
r1 += 1
if r0 == 8209 goto +1
r1 += 1
if r0 == 8210 goto +1
r1 += 1
if r0 == 8211 goto +1
r1 += 1
if r0 == 8212 goto +1
r1 += 1
if r0 == 8213 goto +1
r1 += 1
if r0 == 8214 goto +1
r1 += 1
if r0 == 8215 goto +1
r1 += 1
if r0 == 8216 goto +1
r1 += 1
if r0 == 8217 goto +1
r1 += 1
if r0 == 8218 goto +1
r1 += 1
if r0 == 8219 goto +1
r1 += 1
if r0 == 8220 goto +1
r1 += 1
if r0 == 8221 goto +1
r1 += 1
if r0 == 8222 goto +1
r1 += 1
if r0 == 8223 goto +1
r1 += 1
if r0 == 8224 goto +1
r1 += 1
if r0 == 8225 goto +1
r1 += 1
if r0 == 8226 goto +1
r1 += 1
if r0 == 8227 goto +1
r1 += 1
if r0 == 8228 goto +1
r1 += 1
if r0 == 8229 goto +1
r1 += 1
if r0 == 8230 goto +1
r1 += 1
if r0 == 8231 goto +1
r1 += 1
if r0 == 8232 goto +1
r1 += 1
if r0 == 8233 goto +1
r1 += 1
if r0 == 8234 goto +1
r1 += 1
if r0 == 8235 goto +1
r1 += 1
if r0 == 8236 goto +1
r1 += 1
if r0 == 8237 goto +1
r1 += 1
if r0 == 8238 goto +1
r1 += 1
if r0 == 8239 goto +1
r1 += 1
if r0 == 8240 goto +1
r1 += 1
if r0 == 8241 goto +1
r1 += 1
if r0 == 8242 goto +1
r1 += 1
if r0 == 8243 goto +1
r1 += 1
if r0 == 8244 goto +1
r1 += 1
if r0 == 8245 goto +1
r1 += 1
if r0 == 8246 goto +1
r1 += 1
if r0 == 8247 goto +1
r1 += 1
if r0 == 8248 goto +1
r1 += 1
if r0 == 8249 goto +1
r1 += 1
if r0 == 8250 goto +1
r1 += 1
if r0 == 8251 goto +1
r1 += 1
if r0 == 8252 goto +1
r1 += 1
if r0 == 8253 goto +1
r1 += 1
if r0 == 8254 goto +1
r1 += 1
if r0 == 8255 goto +1
r1 += 1
if r0 == 8256 goto +1
r1 += 1
if r0 == 8257 goto +1
r1 += 1
if r0 == 8258 goto +1
r1 += 1
if r0 == 8259 goto +1
r1 += 1
if r0 == 8260 goto +1
r1 += 1
if r0 == 8261 goto +1
r1 += 1
if r0 == 8262 goto +1
r1 += 1
if r0 == 8263 goto +1
r1 += 1
if r0 == 8264 goto +1
r1 += 1
if r0 == 8265 goto +1
r1 += 1
if r0 == 8266 goto +1
r1 += 1
if r0 == 8267 goto +1
r1 += 1
if r0 == 8268 goto +1
r1 += 1
if r0 == 8269 goto +1
r1 += 1
if r0 == 8270 goto +1
r1 += 1
if r0 == 8271 goto +1
r1 += 1
if r0 == 8272 goto +1
r1 += 1
if r0 == 8273 goto +1
r1 += 1
if r0 == 8274 goto +1
r1 += 1
if r0 == 8275 goto +1
r1 += 1
if r0 == 8276 goto +1
r1 += 1
if r0 == 8277 goto +1
r1 += 1
if r0 == 8278 goto +1
r1 += 1
if r0 == 8279 goto +1
r1 += 1
if r0 == 8280 goto +1
r1 += 1
if r0 == 8281 goto +1
r1 += 1
if r0 == 8282 goto +1
r1 += 1
if r0 == 8283 goto +1
r1 += 1
if r0 == 8284 goto +1
r1 += 1
if r0 == 8285 goto +1
r1 += 1
if r0 == 8286 goto +1
r1 += 1
if r0 == 8287 goto +1
r1 += 1
if r0 == 8288 goto +1
r1 += 1
if r0 == 8289 goto +1
r1 += 1
if r0 == 8290 goto +1
r1 += 1
if r0 == 8291 goto +1
r1 += 1
if r0 == 8292 goto +1
r1 += 1
if r0 == 8293 goto +1
r1 += 1
if r0 == 8294 goto +1
r1 += 1
if r0 == 8295 goto +1
r1 += 1
if r0 == 8296 goto +1
r1 += 1
if r0 == 8297 goto +1
r1 += 1
if r0 == 8298 goto +1
r1 += 1
if r0 == 8299 goto +1
r1 += 1
if r0 == 8300 goto +1
r1 += 1
if r0 == 8301 goto +1
r1 += 1
if r0 == 8302 goto +1
r1 += 1
if r0 == 8303 goto +1
r1 += 1
if r0 == 8304 goto +1
r1 += 1
if r0 == 8305 goto +1
r1 += 1
if r0 == 8306 goto +1
r1 += 1
if r0 == 8307 goto +1
r1 += 1
if r0 == 8308 goto +1
r1 += 1
if r0 == 8309 goto +1
r1 += 1
if r0 == 8310 goto +1
r1 += 1
if r0 == 8311 goto +1
r1 += 1
if r0 == 8312 goto +1
r1 += 1
if r0 == 8313 goto +1
r1 += 1
if r0 == 8314 goto +1
r1 += 1
if r0 == 8315 goto +1
r1 += 1
if r0 == 8316 goto +1
r1 += 1
if r0 == 8317 goto +1
r1 += 1
if r0 == 8318 goto +1
r1 += 1
if r0 == 8319 goto +1
r1 += 1
if r0 == 8320 goto +1
r1 += 1
if r0 == 8321 goto +1
r1 += 1
if r0 == 8322 goto +1
r1 += 1
if r0 == 8323 goto +1
r1 += 1
if r0 == 8324 goto +1
r1 += 1
if r0 == 8325 goto +1
r1 += 1
if r0 == 8326 goto +1
r1 += 1
if r0 == 8327 goto +1
r1 += 1
if r0 == 8328 goto +1
r1 += 1
if r0 == 8329 goto +1
r1 += 1
if r0 == 8330 goto +1
r1 += 1
if r0 == 8331 goto +1
r1 += 1
if r0 == 8332 goto +1
r1 += 1
if r0 == 8333 goto +1
r1 += 1
if r0 == 8334 goto +1
r1 += 1
if r0 == 8335 goto +1
r1 += 1
if r0 == 8336 goto +1
r1 += 1
if r0 == 8337 goto +1
r1 += 1
if r0 == 8338 goto +1
r1 += 1
if r0 == 8339 goto +1
r1 += 1
if r0 == 8340 goto +1
r1 += 1
if r0 == 8341 goto +1
r1 += 1
if r0 == 8342 goto +1
r1 += 1
if r0 == 8343 goto +1
r1 += 1
if r0 == 8344 goto +1
r1 += 1
if r0 == 8345 goto +1
r1 += 1
if r0 == 8346 goto +1
r1 += 1
if r0 == 8347 goto +1
r1 += 1
if r0 == 8348 goto +1
r1 += 1
if r0 == 8349 goto +1
r1 += 1
if r0 == 8350 goto +1
r1 += 1
if r0 == 8351 goto +1
r1 += 1
if r0 == 8352 goto +1
r1 += 1
if r0 == 8353 goto +1
r1 += 1
if r0 == 8354 goto +1
r1 += 1
if r0 == 8355 goto +1
r1 += 1
if r0 == 8356 goto +1
r1 += 1
if r0 == 8357 goto +1
r1 += 1
if r0 == 8358 goto +1
r1 += 1
if r0 == 8359 goto +1
r1 += 1
if r0 == 8360 goto +1
r1 += 1
if r0 == 8361 goto +1
r1 += 1
if r0 == 8362 goto +1
r1 += 1
if r0 == 8363 goto +1
r1 += 1
if r0 == 8364 goto +1
r1 += 1
if r0 == 8365 goto +1
r1 += 1
if r0 == 8366 goto +1
r1 += 1
if r0 == 8367 goto +1
r1 += 1
if r0 == 8368 goto +1
r1 += 1
if r0 == 8369 goto +1
r1 += 1
if r0 == 8370 goto +1
r1 += 1
if r0 == 8371 goto +1
r1 += 1
if r0 == 8372 goto +1
r1 += 1
if r0 == 8373 goto +1
r1 += 1
if r0 == 8374 goto +1
r1 += 1
if r0 == 8375 goto +1
r1 += 1
if r0 == 8376 goto +1
r1 += 1
if r0 == 8377 goto +1
r1 += 1
if r0 == 8378 goto +1
r1 += 1
if r0 == 8379 goto +1
r1 += 1
if r0 == 8380 goto +1
r1 += 1
if r0 == 8381 goto +1
r1 += 1
if r0 == 8382 goto +1
r1 += 1
if r0 == 8383 goto +1
r1 += 1
if r0 == 8384 goto +1
r1 += 1
if r0 == 8385 goto +1
r1 += 1
if r0 == 8386 goto +1
r1 += 1
if r0 == 8387 goto +1
r1 += 1
if r0 == 8388 goto +1
r1 += 1
if r0 == 8389 goto +1
r1 += 1
if r0 == 8390 goto +1
r1 += 1
if r0 == 8391 goto +1
r1 += 1
if r0 == 8392 goto +1
r1 += 1
if r0 == 8393 goto +1
r1 += 1
if r0 == 8394 goto +1
r1 += 1
if r0 == 8395 goto +1
r1 += 1
if r0 == 8396 goto +1
r1 += 1
if r0 == 8397 goto +1
r1 += 1
if r0 == 8398 goto +1
r1 += 1
if r0 == 8399 goto +1
r1 += 1
if r0 == 8400 goto +1
r1 += 1
if r0 == 8401 goto +1
r1 += 1
if r0 == 8402 goto +1
r1 += 1
if r0 == 8403 goto +1
r1 += 1
if r0 == 8404 goto +1
r1 += 1
if r0 == 8405 goto +1
r1 += 1
if r0 == 8406 goto +1
r1 += 1
if r0 == 8407 goto +1
r1 += 1
if r0 == 8408 goto +1
r1 += 1
if r0 == 8409 goto +1
r1 += 1
if r0 == 8410 goto +1
r1 += 1
if r0 == 8411 goto +1
r1 += 1
if r0 == 8412 goto +1
r1 += 1
if r0 == 8413 goto +1
r1 += 1
if r0 == 8414 goto +1
r1 += 1
if r0 == 8415 goto +1
r1 += 1
if r0 == 8416 goto +1
r1 += 1
if r0 == 8417 goto +1
r1 += 1
if r0 == 8418 goto +1
r1 += 1
if r0 == 8419 goto +1
r1 += 1
if r0 == 8420 goto +1
r1 += 1
if r0 == 8421 goto +1
r1 += 1
if r0 == 8422 goto +1
r1 += 1
if r0 == 8423 goto +1
r1 += 1
if r0 == 8424 goto +1
r1 += 1
if r0 == 8425 goto +1
r1 += 1
if r0 == 8426 goto +1
r1 += 1
if r0 == 8427 goto +1
r1 += 1
if r0 == 8428 goto +1
r1 += 1
if r0 == 8429 goto +1
r1 += 1
if r0 == 8430 goto +1
r1 += 1
if r0 == 8431 goto +1
r1 += 1
if r0 == 8432 goto +1
r1 += 1
if r0 == 8433 goto +1
r1 += 1
if r0 == 8434 goto +1
r1 += 1
if r0 == 8435 goto +1
r1 += 1
if r0 == 8436 goto +1
r1 += 1
if r0 == 8437 goto +1
r1 += 1
if r0 == 8438 goto +1
r1 += 1
if r0 == 8439 goto +1
r1 += 1
if r0 == 8440 goto +1
r1 += 1
if r0 == 8441 goto +1
r1 += 1
if r0 == 8442 goto +1
r1 += 1
if r0 == 8443 goto +1
r1 += 1
if r0 == 8444 goto +1
r1 += 1
if r0 == 8445 goto +1
r1 += 1
if r0 == 8446 goto +1
r1 += 1
if r0 == 8447 goto +1
r1 += 1
if r0 == 8448 goto +1
r1 += 1
if r0 == 8449 goto +1
r1 += 1
if r0 == 8450 goto +1
r1 += 1
if r0 == 8451 goto +1
r1 += 1
if r0 == 8452 goto +1
r1 += 1
if r0 == 8453 goto +1
r1 += 1
if r0 == 8454 goto +1
r1 += 1
if r0 == 8455 goto +1
r1 += 1
if r0 == 8456 goto +1
r1 += 1
if r0 == 8457 goto +1
r1 += 1
if r0 == 8458 goto +1
r1 += 1
if r0 == 8459 goto +1
r1 += 1
if r0 == 8460 goto +1
r1 += 1
if r0 == 8461 goto +1
r1 += 1
if r0 == 8462 goto +1
r1 += 1
if r0 == 8463 goto +1
r1 += 1
if r0 == 8464 goto +1
r1 += 1
if r0 == 8465 goto +1
r1 += 1
if r0 == 8466 goto +1
r1 += 1
if r0 == 8467 goto +1
r1 += 1
if r0 == 8468 goto +1
r1 += 1
if r0 == 8469 goto +1
r1 += 1
if r0 == 8470 goto +1
r1 += 1
if r0 == 8471 goto +1
r1 += 1
if r0 == 8472 goto +1
r1 += 1
if r0 == 8473 goto +1
r1 += 1
if r0 == 8474 goto +1
r1 += 1
if r0 == 8475 goto +1
r1 += 1
if r0 == 8476 goto +1
r1 += 1
if r0 == 8477 goto +1
r1 += 1
if r0 == 8478 goto +1
r1 += 1
if r0 == 8479 goto +1
r1 += 1
if r0 == 8480 goto +1
r1 += 1
if r0 == 8481 goto +1
r1 += 1
if r0 == 8482 goto +1
r1 += 1
if r0 == 8483 goto +1
r1 += 1
if r0 == 8484 goto +1
r1 += 1
if r0 == 8485 goto +1
r1 += 1
if r0 == 8486 goto +1
r1 += 1
if r0 == 8487 goto +1
r1 += 1
if r0 == 8488 goto +1
r1 += 1
if r0 == 8489 goto +1
r1 += 1
if r0 == 8490 goto +1
r1 += 1
if r0 == 8491 goto +1
r1 += 1
if r0 == 8492 goto +1
r1 += 1
if r0 == 8493 goto +1
r1 += 1
if r0 == 8494 goto +1
r1 += 1
if r0 == 8495 goto +1
r1 += 1
if r0 == 8496 goto +1
r1 += 1
if r0 == 8497 goto +1
r1 += 1
if r0 == 8498 goto +1
r1 += 1
if r0 == 8499 goto +1
r1 += 1
if r0 == 8500 goto +1
r1 += 1
if r0 == 8501 goto +1
r1 += 1
if r0 == 8502 goto +1
r1 += 1
if r0 == 8503 goto +1
r1 += 1
if r0 == 8504 goto +1
r1 += 1
if r0 == 8505 goto +1
r1 += 1
if r0 == 8506 goto +1
r1 += 1
if r0 == 8507 goto +1
r1 += 1
if r0 == 8508 goto +1
r1 += 1
if r0 == 8509 goto +1
r1 += 1
if r0 == 8510 goto +1
r1 += 1
if r0 == 8511 goto +1
r1 += 1
if r0 == 8512 goto +1
r1 += 1
if r0 == 8513 goto +1
r1 += 1
if r0 == 8514 goto +1
r1 += 1
if r0 == 8515 goto +1
r1 += 1
if r0 == 8516 goto +1
r1 += 1
if r0 == 8517 goto +1
r1 += 1
if r0 == 8518 goto +1
r1 += 1
if r0 == 8519 goto +1
r1 += 1
if r0 == 8520 goto +1
r1 += 1
if r0 == 8521 goto +1
r1 += 1
if r0 == 8522 goto +1
r1 += 1
if r0 == 8523 goto +1
r1 += 1
if r0 == 8524 goto +1
r1 += 1
if r0 == 8525 goto +1
r1 += 1
if r0 == 8526 goto +1
r1 += 1
if r0 == 8527 goto +1
r1 += 1
if r0 == 8528 goto +1
r1 += 1
if r0 == 8529 goto +1
r1 += 1
if r0 == 8530 goto +1
r1 += 1
if r0 == 8531 goto +1
r1 += 1
if r0 == 8532 goto +1
r1 += 1
if r0 == 8533 goto +1
r1 += 1
if r0 == 8534 goto +1
r1 += 1
if r0 == 8535 goto +1
r1 += 1
if r0 == 8536 goto +1
r1 += 1
if r0 == 8537 goto +1
r1 += 1
if r0 == 8538 goto +1
r1 += 1
if r0 == 8539 goto +1
r1 += 1
if r0 == 8540 goto +1
r1 += 1
if r0 == 8541 goto +1
r1 += 1
if r0 == 8542 goto +1
r1 += 1
if r0 == 8543 goto +1
r1 += 1
if r0 == 8544 goto +1
r1 += 1
if r0 == 8545 goto +1
r1 += 1
if r0 == 8546 goto +1
r1 += 1
if r0 == 8547 goto +1
r1 += 1
if r0 == 8548 goto +1
r1 += 1
if r0 == 8549 goto +1
r1 += 1
if r0 == 8550 goto +1
r1 += 1
if r0 == 8551 goto +1
r1 += 1
if r0 == 8552 goto +1
r1 += 1
if r0 == 8553 goto +1
r1 += 1
if r0 == 8554 goto +1
r1 += 1
if r0 == 8555 goto +1
r1 += 1
if r0 == 8556 goto +1
r1 += 1
if r0 == 8557 goto +1
r1 += 1
if r0 == 8558 goto +1
r1 += 1
if r0 == 8559 goto +1
r1 += 1
if r0 == 8560 goto +1
r1 += 1
if r0 == 8561 goto +1
r1 += 1
if r0 == 8562 goto +1
r1 += 1
if r0 == 8563 goto +1
r1 += 1
if r0 == 8564 goto +1
r1 += 1
if r0 == 8565 goto +1
r1 += 1
if r0 == 8566 goto +1
r1 += 1
if r0 == 8567 goto +1
r1 += 1
if r0 == 8568 goto +1
r1 += 1
if r0 == 8569 goto +1
r1 += 1
if r0 == 8570 goto +1
r1 += 1
if r0 == 8571 goto +1
r1 += 1
if r0 == 8572 goto +1
r1 += 1
if r0 == 8573 goto +1
r1 += 1
if r0 == 8574 goto +1
r1 += 1
if r0 == 8575 goto +1
r1 += 1
if r0 == 8576 goto +1
r1 += 1
if r0 == 8577 goto +1
r1 += 1
if r0 == 8578 goto +1
r1 += 1
if r0 == 8579 goto +1
r1 += 1
if r0 == 8580 goto +1
r1 += 1
if r0 == 8581 goto +1
r1 += 1
if r0 == 8582 goto +1
r1 += 1
if r0 == 8583 goto +1
r1 += 1
if r0 == 8584 goto +1
r1 += 1
if r0 == 8585 goto +1
r1 += 1
if r0 == 8586 goto +1
r1 += 1
if r0 == 8587 goto +1
r1 += 1
if r0 == 8588 goto +1
r1 += 1
if r0 == 8589 goto +1
r1 += 1
if r0 == 8590 goto +1
r1 += 1
if r0 == 8591 goto +1
r1 += 1
if r0 == 8592 goto +1
r1 += 1
if r0 == 8593 goto +1
r1 += 1
if r0 == 8594 goto +1
r1 += 1
if r0 == 8595 goto +1
r1 += 1
if r0 == 8596 goto +1
r1 += 1
if r0 == 8597 goto +1
r1 += 1
if r0 == 8598 goto +1
r1 += 1
if r0 == 8599 goto +1
r1 += 1
if r0 == 8600 goto +1
r1 += 1
if r0 == 8601 goto +1
r1 += 1
if r0 == 8602 goto +1
r1 += 1
if r0 == 8603 goto +1
r1 += 1
if r0 == 8604 goto +1
r1 += 1
if r0 == 8605 goto +1
r1 += 1
if r0 == 8606 goto +1
r1 += 1
if r0 == 8607 goto +1
r1 += 1
if r0 == 8608 goto +1
r1 += 1
if r0 == 8609 goto +1
r1 += 1
if r0 == 8610 goto +1
r1 += 1
if r0 == 8611 goto +1
r1 += 1
if r0 == 8612 goto +1
r1 += 1
if r0 == 8613 goto +1
r1 += 1
if r0 == 8614 goto +1
r1 += 1
if r0 == 8615 goto +1
r1 += 1
if r0 == 8616 goto +1
r1 += 1
if r0 == 8617 goto +1
r1 += 1
if r0 == 8618 goto +1
r1 += 1
if r0 == 8619 goto +1
r1 += 1
if r0 == 8620 goto +1
r1 += 1
if r0 == 8621 goto +1
r1 += 1
if r0 == 8622 goto +1
r1 += 1
if r0 == 8623 goto +1
r1 += 1
if r0 == 8624 goto +1
r1 += 1
if r0 == 8625 goto +1
r1 += 1
if r0 == 8626 goto +1
r1 += 1
if r0 == 8627 goto +1
r1 += 1
if r0 == 8628 goto +1
r1 += 1
if r0 == 8629 goto +1
r1 += 1
if r0 == 8630 goto +1
r1 += 1
if r0 == 8631 goto +1
r1 += 1
if r0 == 8632 goto +1
r1 += 1
if r0 == 8633 goto +1
r1 += 1
if r0 == 8634 goto +1
r1 += 1
if r0 == 8635 goto +1
r1 += 1
if r0 == 8636 goto +1
r1 += 1
if r0 == 8637 goto +1
r1 += 1
if r0 == 8638 goto +1
r1 += 1
if r0 == 8639 goto +1
r1 += 1
if r0 == 8640 goto +1
r1 += 1
if r0 == 8641 goto +1
r1 += 1
if r0 == 8642 goto +1
r1 += 1
if r0 == 8643 goto +1
r1 += 1
if r0 == 8644 goto +1
r1 += 1
if r0 == 8645 goto +1
r1 += 1
if r0 == 8646 goto +1
r1 += 1
if r0 == 8647 goto +1
r1 += 1
if r0 == 8648 goto +1
r1 += 1
if r0 == 8649 goto +1
r1 += 1
if r0 == 8650 goto +1
r1 += 1
if r0 == 8651 goto +1
r1 += 1
if r0 == 8652 goto +1
r1 += 1
if r0 == 8653 goto +1
r1 += 1
if r0 == 8654 goto +1
r1 += 1
if r0 == 8655 goto +1
r1 += 1
if r0 == 8656 goto +1
r1 += 1
if r0 == 8657 goto +1
r1 += 1
if r0 == 8658 goto +1
r1 += 1
if r0 == 8659 goto +1
r1 += 1
if r0 == 8660 goto +1
r1 += 1
if r0 == 8661 goto +1
r1 += 1
if r0 == 8662 goto +1
r1 += 1
if r0 == 8663 goto +1
r1 += 1
if r0 == 8664 goto +1
r1 += 1
if r0 == 8665 goto +1
r1 += 1
if r0 == 8666 goto +1
r1 += 1
if r0 == 8667 goto +1
r1 += 1
if r0 == 8668 goto +1
r1 += 1
if r0 == 8669 goto +1
r1 += 1
if r0 == 8670 goto +1
r1 += 1
if r0 == 8671 goto +1
r1 += 1
if r0 == 8672 goto +1
r1 += 1
if r0 == 8673 goto +1
r1 += 1
if r0 == 8674 goto +1
r1 += 1
if r0 == 8675 goto +1
r1 += 1
if r0 == 8676 goto +1
r1 += 1
if r0 == 8677 goto +1
r1 += 1
if r0 == 8678 goto +1
r1 += 1
if r0 == 8679 goto +1
r1 += 1
if r0 == 8680 goto +1
r1 += 1
if r0 == 8681 goto +1
r1 += 1
if r0 == 8682 goto +1
r1 += 1
if r0 == 8683 goto +1
r1 += 1
if r0 == 8684 goto +1
r1 += 1
if r0 == 8685 goto +1
r1 += 1
if r0 == 8686 goto +1
r1 += 1
if r0 == 8687 goto +1
r1 += 1
if r0 == 8688 goto +1
r1 += 1
if r0 == 8689 goto +1
r1 += 1
if r0 == 8690 goto +1
r1 += 1
if r0 == 8691 goto +1
r1 += 1
if r0 == 8692 goto +1
r1 += 1
if r0 == 8693 goto +1
r1 += 1
if r0 == 8694 goto +1
r1 += 1
if r0 == 8695 goto +1
r1 += 1
if r0 == 8696 goto +1
r1 += 1
if r0 == 8697 goto +1
r1 += 1
if r0 == 8698 goto +1
r1 += 1
if r0 == 8699 goto +1
r1 += 1
if r0 == 8700 goto +1
r1 += 1
if r0 == 8701 goto +1
r1 += 1
if r0 == 8702 goto +1
r1 += 1
if r0 == 8703 goto +1
r1 += 1
if r0 == 8704 goto +1
r1 += 1
if r0 == 8705 goto +1
r1 += 1
if r0 == 8706 goto +1
r1 += 1
if r0 == 8707 goto +1
r1 += 1
if r0 == 8708 goto +1
r1 += 1
if r0 == 8709 goto +1
r1 += 1
if r0 == 8710 goto +1
r1 += 1
if r0 == 8711 goto +1
r1 += 1
if r0 == 8712 goto +1
r1 += 1
if r0 == 8713 goto +1
r1 += 1
if r0 == 8714 goto +1
r1 += 1
if r0 == 8715 goto +1
r1 += 1
if r0 == 8716 goto +1
r1 += 1
if r0 == 8717 goto +1
r1 += 1
if r0 == 8718 goto +1
r1 += 1
if r0 == 8719 goto +1
r1 += 1
if r0 == 8720 goto +1
r1 += 1
if r0 == 8721 goto +1
r1 += 1
if r0 == 8722 goto +1
r1 += 1
if r0 == 8723 goto +1
r1 += 1
if r0 == 8724 goto +1
r1 += 1
if r0 == 8725 goto +1
r1 += 1
if r0 == 8726 goto +1
r1 += 1
if r0 == 8727 goto +1
r1 += 1
if r0 == 8728 goto +1
r1 += 1
if r0 == 8729 goto +1
r1 += 1
if r0 == 8730 goto +1
r1 += 1
if r0 == 8731 goto +1
r1 += 1
if r0 == 8732 goto +1
r1 += 1
if r0 == 8733 goto +1
r1 += 1
if r0 == 8734 goto +1
r1 += 1
if r0 == 8735 goto +1
r1 += 1
if r0 == 8736 goto +1
r1 += 1
if r0 == 8737 goto +1
r1 += 1
if r0 == 8738 goto +1
r1 += 1
if r0 == 8739 goto +1
r1 += 1
if r0 == 8740 goto +1
r1 += 1
if r0 == 8741 goto +1
r1 += 1
if r0 == 8742 goto +1
r1 += 1
if r0 == 8743 goto +1
r1 += 1
if r0 == 8744 goto +1
r1 += 1
if r0 == 8745 goto +1
r1 += 1
if r0 == 8746 goto +1
r1 += 1
if r0 == 8747 goto +1
r1 += 1
if r0 == 8748 goto +1
r1 += 1
if r0 == 8749 goto +1
r1 += 1
if r0 == 8750 goto +1
r1 += 1
if r0 == 8751 goto +1
r1 += 1
if r0 == 8752 goto +1
r1 += 1
if r0 == 8753 goto +1
r1 += 1
if r0 == 8754 goto +1
r1 += 1
if r0 == 8755 goto +1
r1 += 1
if r0 == 8756 goto +1
r1 += 1
if r0 == 8757 goto +1
r1 += 1
if r0 == 8758 goto +1
r1 += 1
if r0 == 8759 goto +1
r1 += 1
if r0 == 8760 goto +1
r1 += 1
if r0 == 8761 goto +1
r1 += 1
if r0 == 8762 goto +1
r1 += 1
if r0 == 8763 goto +1
r1 += 1
if r0 == 8764 goto +1
r1 += 1
if r0 == 8765 goto +1
r1 += 1
if r0 == 8766 goto +1
r1 += 1
if r0 == 8767 goto +1
r1 += 1
if r0 == 8768 goto +1
r1 += 1
if r0 == 8769 goto +1
r1 += 1
if r0 == 8770 goto +1
r1 += 1
if r0 == 8771 goto +1
r1 += 1
if r0 == 8772 goto +1
r1 += 1
if r0 == 8773 goto +1
r1 += 1
if r0 == 8774 goto +1
r1 += 1
if r0 == 8775 goto +1
r1 += 1
if r0 == 8776 goto +1
r1 += 1
if r0 == 8777 goto +1
r1 += 1
if r0 == 8778 goto +1
r1 += 1
if r0 == 8779 goto +1
r1 += 1
if r0 == 8780 goto +1
r1 += 1
if r0 == 8781 goto +1
r1 += 1
if r0 == 8782 goto +1
r1 += 1
if r0 == 8783 goto +1
r1 += 1
if r0 == 8784 goto +1
r1 += 1
if r0 == 8785 goto +1
r1 += 1
if r0 == 8786 goto +1
r1 += 1
if r0 == 8787 goto +1
r1 += 1
if r0 == 8788 goto +1
r1 += 1
if r0 == 8789 goto +1
r1 += 1
if r0 == 8790 goto +1
r1 += 1
if r0 == 8791 goto +1
r1 += 1
if r0 == 8792 goto +1
r1 += 1
if r0 == 8793 goto +1
r1 += 1
if r0 == 8794 goto +1
r1 += 1
if r0 == 8795 goto +1
r1 += 1
if r0 == 8796 goto +1
r1 += 1
if r0 == 8797 goto +1
r1 += 1
if r0 == 8798 goto +1
r1 += 1
if r0 == 8799 goto +1
r1 += 1
if r0 == 8800 goto +1
r1 += 1
if r0 == 8801 goto +1
r1 += 1
if r0 == 8802 goto +1
r1 += 1
if r0 == 8803 goto +1
r1 += 1
if r0 == 8804 goto +1
r1 += 1
if r0 == 8805 goto +1
r1 += 1
if r0 == 8806 goto +1
r1 += 1
if r0 == 8807 goto +1
r1 += 1
if r0 == 8808 goto +1
r1 += 1
if r0 == 8809 goto +1
r1 += 1
if r0 == 8810 goto +1
r1 += 1
if r0 == 8811 goto +1
r1 += 1
if r0 == 8812 goto +1
r1 += 1
if r0 == 8813 goto +1
r1 += 1
if r0 == 8814 goto +1
r1 += 1
if r0 == 8815 goto +1
r1 += 1
if r0 == 8816 goto +1
r1 += 1
if r0 == 8817 goto +1
r1 += 1
if r0 == 8818 goto +1
r1 += 1
if r0 == 8819 goto +1
r1 += 1
if r0 == 8820 goto +1
r1 += 1
if r0 == 8821 goto +1
r1 += 1
if r0 == 8822 goto +1
r1 += 1
if r0 == 8823 goto +1
r1 += 1
if r0 == 8824 goto +1
r1 += 1
if r0 == 8825 goto +1
r1 += 1
if r0 == 8826 goto +1
r1 += 1
if r0 == 8827 goto +1
r1 += 1
if r0 == 8828 goto +1
r1 += 1
if r0 == 8829 goto +1
r1 += 1
if r0 == 8830 goto +1
r1 += 1
if r0 == 8831 goto +1
r1 += 1
if r0 == 8832 goto +1
r1 += 1
if r0 == 8833 goto +1
r1 += 1
if r0 == 8834 goto +1
r1 += 1
if r0 == 8835 goto +1
r1 += 1
if r0 == 8836 goto +1
r1 += 1
if r0 == 8837 goto +1
r1 += 1
if r0 == 8838 goto +1
r1 += 1
if r0 == 8839 goto +1
r1 += 1
if r0 == 8840 goto +1
r1 += 1
if r0 == 8841 goto +1
r1 += 1
if r0 == 8842 goto +1
r1 += 1
if r0 == 8843 goto +1
r1 += 1
if r0 == 8844 goto +1
r1 += 1
if r0 == 8845 goto +1
r1 += 1
if r0 == 8846 goto +1
r1 += 1
if r0 == 8847 goto +1
r1 += 1
if r0 == 8848 goto +1
r1 += 1
if r0 == 8849 goto +1
r1 += 1
if r0 == 8850 goto +1
r1 += 1
if r0 == 8851 goto +1
r1 += 1
if r0 == 8852 goto +1
r1 += 1
if r0 == 8853 goto +1
r1 += 1
if r0 == 8854 goto +1
r1 += 1
if r0 == 8855 goto +1
r1 += 1
if r0 == 8856 goto +1
r1 += 1
if r0 == 8857 goto +1
r1 += 1
if r0 == 8858 goto +1
r1 += 1
if r0 == 8859 goto +1
r1 += 1
if r0 == 8860 goto +1
r1 += 1
if r0 == 8861 goto +1
r1 += 1
if r0 == 8862 goto +1
r1 += 1
if r0 == 8863 goto +1
r1 += 1
if r0 == 8864 goto +1
r1 += 1
if r0 == 8865 goto +1
r1 += 1
if r0 == 8866 goto +1
r1 += 1
if r0 == 8867 goto +1
r1 += 1
if r0 == 8868 goto +1
r1 += 1
if r0 == 8869 goto +1
r1 += 1
if r0 == 8870 goto +1
r1 += 1
if r0 == 8871 goto +1
r1 += 1
if r0 == 8872 goto +1
r1 += 1
if r0 == 8873 goto +1
r1 += 1
if r0 == 8874 goto +1
r1 += 1
if r0 == 8875 goto +1
r1 += 1
if r0 == 8876 goto +1
r1 += 1
if r0 == 8877 goto +1
r1 += 1
if r0 == 8878 goto +1
r1 += 1
if r0 == 8879 goto +1
r1 += 1
if r0 == 8880 goto +1
r1 += 1
if r0 == 8881 goto +1
r1 += 1
if r0 == 8882 goto +1
r1 += 1
if r0 == 8883 goto +1
r1 += 1
if r0 == 8884 goto +1
r1 += 1
if r0 == 8885 goto +1
r1 += 1
if r0 == 8886 goto +1
r1 += 1
if r0 == 8887 goto +1
r1 += 1
if r0 == 8888 goto +1
r1 += 1
if r0 == 8889 goto +1
r1 += 1
if r0 == 8890 goto +1
r1 += 1
if r0 == 8891 goto +1
r1 += 1
if r0 == 8892 goto +1
r1 += 1
if r0 == 8893 goto +1
r1 += 1
if r0 == 8894 goto +1
r1 += 1
if r0 == 8895 goto +1
r1 += 1
if r0 == 8896 goto +1
r1 += 1
if r0 == 8897 goto +1
r1 += 1
if r0 == 8898 goto +1
r1 += 1
if r0 == 8899 goto +1
r1 += 1
if r0 == 8900 goto +1
r1 += 1
if r0 == 8901 goto +1
r1 += 1
if r0 == 8902 goto +1
r1 += 1
if r0 == 8903 goto +1
r1 += 1
if r0 == 8904 goto +1
r1 += 1
if r0 == 8905 goto +1
r1 += 1
if r0 == 8906 goto +1
r1 += 1
if r0 == 8907 goto +1
r1 += 1
if r0 == 8908 goto +1
r1 += 1
if r0 == 8909 goto +1
r1 += 1
if r0 == 8910 goto +1
r1 += 1
if r0 == 8911 goto +1
r1 += 1
if r0 == 8912 goto +1
r1 += 1
if r0 == 8913 goto +1
r1 += 1
if r0 == 8914 goto +1
r1 += 1
if r0 == 8915 goto +1
r1 += 1
if r0 == 8916 goto +1
r1 += 1
if r0 == 8917 goto +1
r1 += 1
if r0 == 8918 goto +1
r1 += 1
if r0 == 8919 goto +1
r1 += 1
if r0 == 8920 goto +1
r1 += 1
if r0 == 8921 goto +1
r1 += 1
if r0 == 8922 goto +1
r1 += 1
if r0 == 8923 goto +1
r1 += 1
if r0 == 8924 goto +1
r1 += 1
if r0 == 8925 goto +1
r1 += 1
if r0 == 8926 goto +1
r1 += 1
if r0 == 8927 goto +1
r1 += 1
if r0 == 8928 goto +1
r1 += 1
if r0 == 8929 goto +1
r1 += 1
if r0 == 8930 goto +1
r1 += 1
if r0 == 8931 goto +1
r1 += 1
if r0 == 8932 goto +1
r1 += 1
if r0 == 8933 goto +1
r1 += 1
if r0 == 8934 goto +1
r1 += 1
if r0 == 8935 goto +1
r1 += 1
if r0 == 8936 goto +1
r1 += 1
if r0 == 8937 goto +1
r1 += 1
if r0 == 8938 goto +1
r1 += 1
if r0 == 8939 goto +1
r1 += 1
if r0 == 8940 goto +1
r1 += 1
if r0 == 8941 goto +1
r1 += 1
if r0 == 8942 goto +1
r1 += 1
if r0 == 8943 goto +1
r1 += 1
if r0 == 8944 goto +1
r1 += 1
if r0 == 8945 goto +1
r1 += 1
if r0 == 8946 goto +1
r1 += 1
if r0 == 8947 goto +1
r1 += 1
if r0 == 8948 goto +1
r1 += 1
if r0 == 8949 goto +1
r1 += 1
if r0 == 8950 goto +1
r1 += 1
if r0 == 8951 goto +1
r1 += 1
if r0 == 8952 goto +1
r1 += 1
if r0 == 8953 goto +1
r1 += 1
if r0 == 8954 goto +1
r1 += 1
if r0 == 8955 goto +1
r1 += 1
if r0 == 8956 goto +1
r1 += 1
if r0 == 8957 goto +1
r1 += 1
if r0 == 8958 goto +1
r1 += 1
if r0 == 8959 goto +1
r1 += 1
if r0 == 8960 goto +1
r1 += 1
if r0 == 8961 goto +1
r1 += 1
if r0 == 8962 goto +1
r1 += 1
if r0 == 8963 goto +1
r1 += 1
if r0 == 8964 goto +1
r1 += 1
if r0 == 8965 goto +1
r1 += 1
if r0 == 8966 goto +1
r1 += 1
if r0 == 8967 goto +1
r1 += 1
if r0 == 8968 goto +1
r1 += 1
if r0 == 8969 goto +1
r1 += 1
if r0 == 8970 goto +1
r1 += 1
if r0 == 8971 goto +1
r1 += 1
if r0 == 8972 goto +1
r1 += 1
if r0 == 8973 goto +1
r1 += 1
if r0 == 8974 goto +1
r1 += 1
if r0 == 8975 goto +1
r1 += 1
if r0 == 8976 goto +1
r1 += 1
if r0 == 8977 goto +1
r1 += 1
if r0 == 8978 goto +1
r1 += 1
if r0 == 8979 goto +1
r1 += 1
if r0 == 8980 goto +1
r1 += 1
if r0 == 8981 goto +1
r1 += 1
if r0 == 8982 goto +1
r1 += 1
if r0 == 8983 goto +1
r1 += 1
if r0 == 8984 goto +1
r1 += 1
if r0 == 8985 goto +1
r1 += 1
if r0 == 8986 goto +1
r1 += 1
if r0 == 8987 goto +1
r1 += 1
if r0 == 8988 goto +1
r1 += 1
if r0 == 8989 goto +1
r1 += 1
if r0 == 8990 goto +1
r1 += 1
if r0 == 8991 goto +1
r1 += 1
if r0 == 8992 goto +1
r1 += 1
if r0 == 8993 goto +1
r1 += 1
if r0 == 8994 goto +1
r1 += 1
if r0 == 8995 goto +1
r1 += 1
if r0 == 8996 goto +1
r1 += 1
if r0 == 8997 goto +1
r1 += 1
if r0 == 8998 goto +1
r1 += 1
if r0 == 8999 goto +1
r1 += 1
if r0 == 9000 goto +1
r1 += 1
r0 = r1
exit
