import torch

# (1.3 - 1) / 0.1 在浮点数里算出来比 3 略大，向上取整得 4 个元素
print((1.3 - 1) / 0.1)
#> 3.0000000000000004
x = torch.arange(1, 1.3, 0.1)
print(x.numel())
#> 4
# 多出来的最后一个数等于 float32 的 1.3，也就是 end
print(x)
#> tensor([1.0000, 1.1000, 1.2000, 1.3000])
print(x[-1] == torch.tensor(1.3))
#> tensor(True)

# PyTorch 文档的建议：把 end 减去一个远小于步长的数
print(torch.arange(1, 1.3 - 1e-6, 0.1))
#> tensor([1.0000, 1.1000, 1.2000])
