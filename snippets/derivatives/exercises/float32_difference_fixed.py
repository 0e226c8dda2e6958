import torch

# 修正：换成 float64，公式一字不改
h = 1e-6
x = torch.tensor(0.5, dtype=torch.float64)
s = torch.sigmoid(x)
by_hand = s * (1 - s)
central = (torch.sigmoid(x + h) - torch.sigmoid(x - h)) / (2 * h)
print(by_hand.item(), central.item())
#> 0.2350037122015945 0.23500371221230054
print(torch.allclose(central, by_hand))
#> True

# 两处舍入都还在，只是格点密得多：输入的实际间隔几乎正好是 2h
print(((x + h) - (x - h)).item())
#> 2.000000000002e-06
# σ 附近的格距（float64）比 float32 的小 2^29 倍
step64 = torch.nextafter(s, torch.tensor(1.0, dtype=torch.float64)) - s
step32 = torch.nextafter(s.float(), torch.tensor(1.0)) - s.float()
print(step64.item(), (step32.double() / step64).item() == 2**29)
#> 1.1102230246251565e-16 True
