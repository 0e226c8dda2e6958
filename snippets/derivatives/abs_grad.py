import torch

x = torch.tensor([-1.0, 0.0, 1.0], requires_grad=True)
# sum() 得到标量才能 backward；每个元素的梯度互不干扰
torch.abs(x).sum().backward()

# x = 0 处 PyTorch 取 0，这是 [-1, 1] 中的一个
print(x.grad)
#> tensor([-1.,  0.,  1.])
