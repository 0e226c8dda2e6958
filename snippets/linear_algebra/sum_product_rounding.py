import torch

torch.manual_seed(0)
x = torch.randn(1000)
y = torch.randn(1000)

# 一般的浮点向量：两种算法加法的顺序不同，舍入不同，最后几位可能不一样
print(torch.equal(torch.dot(x, y), torch.sum(x * y)))
#> False
# 差别只在舍入误差以内
print(torch.allclose(torch.dot(x, y), torch.sum(x * y)))
#> True
