import com.hankcs.hanlp.HanLP;
import java.io.*;
import java.nio.charset.StandardCharsets;
public class S2T {
    public static void main(String[] a) throws Exception {
        BufferedReader r = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        PrintStream out = new PrintStream(System.out, true, "UTF-8");
        String l;
        boolean back = a.length > 0 && a[0].equals("t2s");
        while ((l = r.readLine()) != null) out.println(back ? HanLP.convertToSimplifiedChinese(l) : HanLP.convertToTraditionalChinese(l));
    }
}
