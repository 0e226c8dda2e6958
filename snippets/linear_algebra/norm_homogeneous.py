import torch

x = torch.tensor([3.0, -4.0])

# 把向量放大 α 倍，范数放大 |α| 倍：负号不影响范数
for p in [1, 2, float("inf")]:
    norm = torch.linalg.vector_norm(x, ord=p)
    scaled = torch.linalg.vector_norm(-2 * x, ord=p)
    print(p, norm, scaled, torch.equal(scaled, 2 * norm))
    #> 1 tensor(7.) tensor(14.) True
    #> 2 tensor(5.) tensor(10.) True
    #> inf tensor(4.) tensor(8.) True
