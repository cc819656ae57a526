package io.aifashion.color.difference;

/**
 * A literal, unoptimised transcription of Sharma, Wu and Dalal (2005), eqs. 1–22, used only as a
 * test oracle for the optimised {@link Ciede2000}.
 */
final class SharmaReference {

    private SharmaReference() {
    }

    static double deltaE(double l1, double a1, double b1, double l2, double a2, double b2) {
        double c1 = Math.hypot(a1, b1);
        double c2 = Math.hypot(a2, b2);
        double cBar = (c1 + c2) / 2;
        double g = 0.5 * (1 - Math.sqrt(Math.pow(cBar, 7) / (Math.pow(cBar, 7) + Math.pow(25, 7))));
        double ap1 = (1 + g) * a1;
        double ap2 = (1 + g) * a2;
        double cp1 = Math.hypot(ap1, b1);
        double cp2 = Math.hypot(ap2, b2);
        double hp1 = (ap1 == 0 && b1 == 0) ? 0 : ((Math.toDegrees(Math.atan2(b1, ap1)) + 360) % 360);
        double hp2 = (ap2 == 0 && b2 == 0) ? 0 : ((Math.toDegrees(Math.atan2(b2, ap2)) + 360) % 360);
        double dLp = l2 - l1;
        double dCp = cp2 - cp1;
        double dhp;
        if (cp1 * cp2 == 0) {
            dhp = 0;
        } else if (Math.abs(hp2 - hp1) <= 180) {
            dhp = hp2 - hp1;
        } else if (hp2 - hp1 > 180) {
            dhp = hp2 - hp1 - 360;
        } else {
            dhp = hp2 - hp1 + 360;
        }
        double dHp = 2 * Math.sqrt(cp1 * cp2) * Math.sin(Math.toRadians(dhp / 2));
        double lBar = (l1 + l2) / 2;
        double cpBar = (cp1 + cp2) / 2;
        double hpBar;
        if (cp1 * cp2 == 0) {
            hpBar = hp1 + hp2;
        } else if (Math.abs(hp1 - hp2) <= 180) {
            hpBar = (hp1 + hp2) / 2;
        } else if (hp1 + hp2 < 360) {
            hpBar = (hp1 + hp2 + 360) / 2;
        } else {
            hpBar = (hp1 + hp2 - 360) / 2;
        }
        double t = 1 - 0.17 * Math.cos(Math.toRadians(hpBar - 30)) + 0.24 * Math.cos(Math.toRadians(2 * hpBar))
                + 0.32 * Math.cos(Math.toRadians(3 * hpBar + 6)) - 0.20 * Math.cos(Math.toRadians(4 * hpBar - 63));
        double dTheta = 30 * Math.exp(-Math.pow((hpBar - 275) / 25, 2));
        double rc = 2 * Math.sqrt(Math.pow(cpBar, 7) / (Math.pow(cpBar, 7) + Math.pow(25, 7)));
        double sl = 1 + 0.015 * Math.pow(lBar - 50, 2) / Math.sqrt(20 + Math.pow(lBar - 50, 2));
        double sc = 1 + 0.045 * cpBar;
        double sh = 1 + 0.015 * cpBar * t;
        double rt = -Math.sin(Math.toRadians(2 * dTheta)) * rc;
        return Math.sqrt(Math.pow(dLp / sl, 2) + Math.pow(dCp / sc, 2) + Math.pow(dHp / sh, 2) + rt * (dCp / sc) * (dHp / sh));
    }
}
