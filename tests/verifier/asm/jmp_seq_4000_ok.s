// 4000 conditional jumps in a row: the pending states stay under 8192 and prune.
// type: socket_filter
// (generated: 4000 conditional jumps, each pushing its taken branch; see tests/verifier/README.md)
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
r0 = r1
exit
