/** Demo data for demo mode: Tuyên Quang's agencies as in plan 150/KH-UBND (2024), their 2025 successors, demo accounts. */
package vn.chiso.demo;
