import torch

x = torch.tensor([3.0, -4.0])
zero = torch.zeros(2)

# 对 L1、L2 和 ∞ 范数（最大绝对值）：非零向量的范数大于 0，零向量的范数是 0
for p in [1, 2, float("inf")]:
    print(p, torch.linalg.vector_norm(x, ord=p), torch.linalg.vector_norm(zero, ord=p))
    #> 1 tensor(7.) tensor(0.)
    #> 2 tensor(5.) tensor(0.)
    #> inf tensor(4.) tensor(0.)
